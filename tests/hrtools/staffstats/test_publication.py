"""The privacy rule on hand-made tables: small cells say "færre end 5", and one more cell is
hidden wherever a total would let someone compute a hidden one."""

import random

from hrtools.staffstats.publication import PRIMARY, SECONDARY, publish_count, publish_table, suppression_pattern


def texts(table):
    return [[cell.text for cell in row] for row in table.rows]


def lines_of(counts, row_totals, column_totals):
    n_rows, n_cols = len(counts), len(counts[0])
    lines = []
    if row_totals:
        lines += [[(i, j) for j in range(n_cols + 1)] for i in range(n_rows)]
    if column_totals:
        lines += [[(i, j) for i in range(n_rows + 1)] for j in range(n_cols)]
    if row_totals and column_totals:
        lines += [[(n_rows, j) for j in range(n_cols + 1)], [(i, n_cols) for i in range(n_rows + 1)]]
    return lines


def test_cells_of_one_to_four_say_fewer_than_five_and_zero_is_shown():
    table = publish_table([[0], [4], [1], [5], [30]], row_labels="abcde", column_labels=[2023])
    assert texts(table)[0] == ["0"]
    assert texts(table)[1] == ["færre end 5"]
    assert texts(table)[2] == ["færre end 5"]
    assert texts(table)[3] == ["5"]
    assert texts(table)[4] == ["30"]
    assert table.column_totals[0].text == "40"


def test_a_row_total_and_one_visible_cell_would_reveal_the_hidden_one():
    # 3 women and 10 men in a unit of 13: showing 10 and 13 would give away the 3.
    table = publish_table([[3, 10]], row_labels=["Team Nord"], column_labels=["Kvinder", "Mænd"],
                          row_totals=True, column_totals=False)
    assert texts(table) == [["færre end 5", "skjult"]]
    assert table.row_totals[0].text == "13"
    assert table.rows[0][1].suppressed == SECONDARY


def test_the_smallest_other_cell_is_hidden_and_zero_is_never_chosen():
    table = publish_table([[0], [3], [40], [7], [12]], row_labels="abcde", column_labels=[2023])
    assert texts(table) == [["0"], ["færre end 5"], ["40"], ["skjult"], ["12"]]
    assert table.column_totals[0].text == "62"


def test_a_small_total_is_hidden_too():
    table = publish_table([[2], [1], [0]], row_labels="abc", column_labels=[2023])
    assert texts(table) == [["færre end 5"], ["færre end 5"], ["0"]]
    assert table.column_totals[0].text == "færre end 5"


def test_one_hidden_cell_can_expose_another_line_so_it_repeats_until_stable():
    counts = [[3, 8, 20], [9, 6, 30]]
    hidden = suppression_pattern(counts, row_totals=True, column_totals=True)
    # Row 1: 3 (small) needs 8 hidden; column 2 then has only 8 hidden, so 6 goes; row 2 then
    # has only 6 hidden, so 9 goes. Column 1 (3 and 9) and row 1 (3 and 8) are then safe.
    assert hidden == {(0, 0): PRIMARY, (0, 1): SECONDARY, (1, 1): SECONDARY, (1, 0): SECONDARY}


def test_no_line_ever_has_exactly_one_hidden_cell_on_random_tables():
    rng = random.Random(5)
    for _round in range(300):
        n_rows, n_cols = rng.randint(1, 6), rng.randint(1, 5)
        counts = [[rng.choice([0, 0, 1, 2, 3, 4, 5, 6, 9, 15, 40]) for _j in range(n_cols)] for _i in range(n_rows)]
        row_totals, column_totals = rng.choice([(True, False), (False, True), (True, True)])
        hidden = suppression_pattern(counts, row_totals=row_totals, column_totals=column_totals)
        for line in lines_of(counts, row_totals, column_totals):
            assert sum(1 for pos in line if pos in hidden) != 1, (counts, hidden, line)
        for i, row in enumerate(counts):
            for j, value in enumerate(row):
                if 0 < value < 5:
                    assert hidden.get((i, j)) == PRIMARY
                if value == 0:
                    assert (i, j) not in hidden


def test_shares_are_published_only_beside_published_numbers():
    table = publish_table([[3], [10], [27]], row_labels="abc", column_labels=[2023])
    assert [row[0].share for row in table.rows] == [None, None, table.rows[2][0].share]
    assert table.rows[2][0].share_text == "67,5\u00a0%"


def test_a_single_number_follows_the_same_rule():
    assert publish_count(3).text == "færre end 5"
    assert publish_count(0).text == "0"
    assert publish_count(1234).text == "1.234"
