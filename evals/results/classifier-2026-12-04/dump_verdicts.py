"""Per-question safety verdicts of the inara on PYTHONPATH: python3 dump.py OUT.json SET..."""
import json, sys
from pathlib import Path
from inara import Inara
from inara.errors import BadInput
inara = Inara()
out = {}
for f in sys.argv[2:]:
    for i, line in enumerate(Path(f).read_text().splitlines()):
        if not line.strip(): continue
        item = json.loads(line)
        key = f"{Path(f).stem}:{item.get('id', i)}"
        try:
            r = inara.match(item["text"], item.get("age_years"))
            s = r.safety
            out[key] = {"level": s.level, "category": s.category,
                        "sources": list(getattr(s, "rules", []) or [])}
        except BadInput:
            out[key] = {"level": "ok", "category": None, "sources": []}
Path(sys.argv[1]).write_text(json.dumps(out))
print(len(out))
