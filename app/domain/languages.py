"""The languages SmartDesk speaks: its interface, every document, and the language a
member, a client or a user has (DESIGN.md §1). Dutch first: the default where none is
chosen. Every list of languages in the program is this one."""

LANGUAGES = ("nl", "fr", "en")
