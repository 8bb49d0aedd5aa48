"""The units of Odense Biblioteker og Borgerservice. The houses and Borgerservice are the real
ones; the teams inside them are an illustrative split for the demo."""

# (slug, name, kind, parent slug)
UNITS = [
    ("obb", "Odense Biblioteker og Borgerservice", "organisation", None),
    ("stab", "Stab og ledelsessekretariat", "stab", "obb"),
    ("hr-og-personale", "HR og personale", "team", "stab"),
    ("oekonomi-og-administration", "Økonomi og administration", "team", "stab"),
    ("kommunikation", "Kommunikation og presse", "team", "stab"),
    ("borgernes-hus", "Borgernes Hus (Hovedbiblioteket)", "hus", "obb"),
    ("boern-og-familie", "Børn og familie", "team", "borgernes-hus"),
    ("voksne-og-formidling", "Voksne og formidling", "team", "borgernes-hus"),
    ("digital-udvikling", "Digital udvikling og IT", "team", "borgernes-hus"),
    ("materialer-og-logistik", "Materialer og logistik", "team", "borgernes-hus"),
    ("centralbiblioteket", "Centralbiblioteket", "team", "borgernes-hus"),
    ("makerspace", "Makerspace", "team", "borgernes-hus"),
    ("borgerservice", "Borgerservice", "borgerservice", "obb"),
    ("pas-og-koerekort", "Pas og kørekort", "team", "borgerservice"),
    ("folkeregister", "Folkeregister og flytning", "team", "borgerservice"),
    ("digital-borgerbetjening", "Digital borgerbetjening", "team", "borgerservice"),
    ("lokalbibliotekerne", "Lokalbibliotekerne", "omraade", "obb"),
    ("bolbro-bibliotek", "Bolbro Bibliotek", "bibliotek", "lokalbibliotekerne"),
    ("dalum-bibliotek", "Dalum Bibliotek", "bibliotek", "lokalbibliotekerne"),
    ("holluf-pile-bibliotek", "Holluf Pile Bibliotek", "bibliotek", "lokalbibliotekerne"),
    ("hoejby-bibliotek", "Højby Bibliotek", "bibliotek", "lokalbibliotekerne"),
    ("korup-bibliotek", "Korup Bibliotek", "bibliotek", "lokalbibliotekerne"),
    ("tarup-bibliotek", "Tarup Bibliotek", "bibliotek", "lokalbibliotekerne"),
    ("vollsmose-bibliotek", "Vollsmose Bibliotek", "bibliotek", "lokalbibliotekerne"),
]

# How many staff (besides the leader) each unit gets in the demo.
STAFF_PER_UNIT = {
    "obb": 0,
    "stab": 1,
    "hr-og-personale": 4,
    "oekonomi-og-administration": 4,
    "kommunikation": 3,
    "borgernes-hus": 1,
    "boern-og-familie": 12,
    "voksne-og-formidling": 12,
    "digital-udvikling": 6,
    "materialer-og-logistik": 8,
    "centralbiblioteket": 5,
    "makerspace": 3,
    "borgerservice": 1,
    "pas-og-koerekort": 11,
    "folkeregister": 7,
    "digital-borgerbetjening": 6,
    "lokalbibliotekerne": 0,
    "bolbro-bibliotek": 5,
    "dalum-bibliotek": 7,
    "holluf-pile-bibliotek": 5,
    "hoejby-bibliotek": 4,
    "korup-bibliotek": 4,
    "tarup-bibliotek": 7,
    "vollsmose-bibliotek": 6,
}

JOB_TITLES = {
    "team": ["Bibliotekar", "Biblioteksassistent", "Kulturformidler", "Projektmedarbejder"],
    "bibliotek": ["Bibliotekar", "Biblioteksassistent", "Kulturformidler", "Børnebibliotekar"],
    "borgerservice": ["Borgerservicemedarbejder", "Specialist", "Kontorassistent"],
    "stab": ["Konsulent", "Administrativ medarbejder", "Specialkonsulent"],
}
BORGERSERVICE_TITLES = ["Borgerservicemedarbejder", "Borgerservicemedarbejder", "Specialist", "Kontorelev"]
STAFF_TITLES = {
    "hr-og-personale": ["HR-konsulent", "HR-konsulent", "Lønkonsulent", "HR-partner"],
    "oekonomi-og-administration": ["Økonomikonsulent", "Administrativ medarbejder", "Controller"],
    "kommunikation": ["Kommunikationsmedarbejder", "Grafiker", "Webredaktør"],
    "digital-udvikling": ["IT-medarbejder", "Digital formidler", "Udvikler", "Bibliotekar"],
    "materialer-og-logistik": ["Materialemedarbejder", "Logistikmedarbejder", "Bibliotekar"],
}
