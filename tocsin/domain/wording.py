"""Marking messages for the translation catalogs where they are written.

A message made in the domain (a refusal, a status) is English where it is made; a page tells
it in its reader's language when it shows it (`tocsin.web.languages`). ``N_`` marks such a
message so that ``pybabel extract`` finds it; it changes nothing at run time.
"""


def N_(message: str) -> str:
    return message
