"""Fictional Danish names for the demo staff."""

FIRST_NAMES = [
    "Anne", "Mette", "Hanne", "Lone", "Susanne", "Camilla", "Louise", "Maria", "Sofie", "Ida",
    "Emma", "Julie", "Kirsten", "Birgit", "Helle", "Tina", "Signe", "Laura", "Line", "Maja",
    "Fatima", "Amina", "Leyla", "Sara", "Nadia", "Zainab", "Agnieszka", "Ingrid", "Dorte", "Pia",
    "Peter", "Jens", "Lars", "Henrik", "Søren", "Thomas", "Michael", "Martin", "Jesper", "Rasmus",
    "Mads", "Frederik", "Mikkel", "Jakob", "Christian", "Anders", "Niels", "Ole", "Kasper", "Emil",
    "Ali", "Omar", "Ahmad", "Hassan", "Mehmet", "Tomasz", "Erik", "Bo", "Kim", "Morten",
]
LAST_NAMES = [
    "Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen",
    "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Frederiksen",
    "Lund", "Holm", "Schmidt", "Eriksen", "Kristiansen", "Simonsen", "Clausen", "Svendsen",
    "Andreasen", "Iversen", "Østergaard", "Jeppesen", "Vestergaard", "Nissen", "Lauridsen", "Kjær",
    "Yilmaz", "Hussein", "Ahmadi", "Kowalski", "Nowak", "Abdi", "Berg", "Dam", "Bach", "Friis",
]
