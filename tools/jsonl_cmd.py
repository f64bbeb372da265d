"""Developer shortcut: JSONL articles on stdin -> fact-sheet JSON lines on stdout, no CLI.

python3 ../shared/eval/evaluate.py dates --cmd ".venv/bin/python tools/jsonl_cmd.py"
"""

import json
import sys
from datetime import date

from factsheet import extract

for line in sys.stdin:
    if not line.strip():
        continue
    art = json.loads(line)
    ref = date.fromisoformat(art["date"]) if art.get("date") else None
    sheet = extract(art["text"], ref, id=art.get("id"))
    sys.stdout.write(json.dumps(sheet.to_dict(), ensure_ascii=False) + "\n")
