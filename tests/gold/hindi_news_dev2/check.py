#!/usr/bin/env python3
"""Consistency check for the real Hindi news development set of 29–31 March 2020: the checks
of ``../hindi_news/check.py`` on this folder (article ids e01..., group ids e_...).

Data folder: $CLAIMS_SHARED_DATA if set, else <repo>/../shared/data/hindi_news_covid2020_march.
If the folder is absent the check prints "skipped" and exits 0. Standard library only.
"""
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("hindi_news_check", HERE.parent / "hindi_news" / "check.py")
check = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check)

if __name__ == "__main__":
    sys.exit(check.main(HERE, "e", "development set (29–31 March)", papers=2))
