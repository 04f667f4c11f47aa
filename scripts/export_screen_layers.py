"""Write the safety screen's own top layers, from a fine-tuned copy of all-MiniLM-L6-v2, to
inara/data/screen_layers.safetensors (float16: the screen's vectors move by less than 1e-4 in
cosine, and the file is half the size).

    python3 scripts/export_screen_layers.py MODEL_DIR

MODEL_DIR is what scripts/train_screen_encoder.py saved. Only the tensors that differ from the
packaged model are written (its top layers); the layers below are shared at run time.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file, save_file

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from inara.matching.model_files import SCREEN_LAYERS, model_dir  # noqa: E402


def main() -> None:
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    tuned = load_file(str(Path(sys.argv[1]) / "model.safetensors"))
    base = load_file(str(model_dir() / "model.safetensors"))
    changed = {name: value for name, value in tuned.items()
               if name in base and not np.array_equal(value, base[name])}
    layers = sorted({int(name.split(".")[2]) for name in changed if name.startswith("encoder.layer.")})
    if not changed or any(not name.startswith("encoder.layer.") for name in changed):
        raise SystemExit("expected only encoder layers to differ from the packaged model")
    # Every tensor of each changed layer, so that the file is a whole replacement for those layers.
    out = {name: value.astype(np.float16) for name, value in tuned.items()
           if name.startswith("encoder.layer.") and int(name.split(".")[2]) in layers}
    save_file(out, str(SCREEN_LAYERS))
    print(f"layers {layers}: {len(out)} tensors, {SCREEN_LAYERS.stat().st_size // 1024} KB -> {SCREEN_LAYERS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
