import json, sys
from pathlib import Path
from inara.matching.safety import screen
out = {}
for f in sys.argv[2:]:
    for i, line in enumerate(Path(f).read_text().splitlines()):
        if not line.strip(): continue
        item = json.loads(line)
        r = screen(item["text"], age=item.get("age_years"))
        out[f"{Path(f).stem}:{item.get('id', i)}"] = {"level": r.level, "category": r.category}
Path(sys.argv[1]).write_text(json.dumps(out)); print(len(out))
