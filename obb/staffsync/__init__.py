"""The staff register kept in sync from the HR/payroll system's export (a CSV or Excel file).

Three steps, shared by the browser (upload → preview → confirm) and `manage.py sync_staff`:

1. `reading.read_file(upload)` turns the file into `FileRow`s (plain texts and dates keyed by
   column), or refuses the file as a whole (size, content, headers) with a Danish error.
2. `planning.plan_sync(rows, ...)` checks every row against the file and the app and returns a
   `SyncPlan`: the errors (row and column named), or the differences (new staff, changes per
   field, leavers, units to create, staff missing from the file, the unchanged count). It
   writes nothing.
3. `applying.apply_plan(plan, by=...)` saves the plan in one transaction, in the history, or
   nothing at all.

Who the file manages: every member of staff with a medarbejdernummer. A row whose number the
app does not know is matched once by e-mail to an account without a number (the first sync of
an existing organisation); otherwise it is a new member of staff. Staff with a number who are
missing from the file are reported, never deleted or deactivated (a leaver is someone the file
gives a fratrådt date). Staff without a number (the administrator's own accounts, break-glass
accounts) are left alone. See docs/identity.md, part 2.
"""
