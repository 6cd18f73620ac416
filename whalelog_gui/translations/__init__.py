"""Translation sources (whalelog_<lang>.ts, kept in git) and the catalogues built from them (whalelog_<lang>.qm,
by `make translations`; never committed). glossary.tsv holds the whaling, Schedule and bridge-alert terms each
translation uses, so every screen says "vågehval" or "struck and lost" the same way."""
