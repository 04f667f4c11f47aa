"""Write a head's own top layers, from a fine-tuned copy of all-MiniLM-L6-v2, to
inara/data/screen_layers.safetensors (the safety screen's) or topic_layers.safetensors (topic
matching's), in float16: the vectors move by less than 1e-4 in cosine, and the file is half the size.

    python3 scripts/export_screen_layers.py MODEL_DIR                 # the screen's
    python3 scripts/export_screen_layers.py --head topic MODEL_DIR    # topic matching's
    python3 scripts/export_screen_layers.py --head classifier MODEL_DIR   # the safety classifier's
    python3 scripts/export_screen_layers.py --head veto MODEL_DIR   # the classifier's second reading's

MODEL_DIR is what scripts/train_screen_encoder.py (or train_topic_encoder.py, or
train_safety_classifier.py) saved. The classifier's (and its second reading's) linear head (qc_head.npz) is written into the
same file as classifier.weight and classifier.bias, in float32. Only the tensors that differ from the
packaged model are written (its top layers); the layers below are shared at run time.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file, save_file

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from inara.matching.model_files import CLASSIFIER_LAYERS, SCREEN_LAYERS, TOPIC_LAYERS, VETO_LAYERS, model_dir  # noqa: E402


def main() -> None:
    args = sys.argv[1:]
    target = SCREEN_LAYERS
    head = "screen"
    targets = {"topic": TOPIC_LAYERS, "screen": SCREEN_LAYERS, "classifier": CLASSIFIER_LAYERS, "veto": VETO_LAYERS}
    if args[:1] == ["--head"] and len(args) == 3 and args[1] in targets:
        head = args[1]
        target = targets[head]
        args = args[2:]
    if len(args) != 1:
        raise SystemExit(__doc__)
    tuned = load_file(str(Path(args[0]) / "model.safetensors"))
    base = load_file(str(model_dir() / "model.safetensors"))
    changed = {name: value for name, value in tuned.items()
               if name in base and not np.array_equal(value, base[name])}
    layers = sorted({int(name.split(".")[2]) for name in changed if name.startswith("encoder.layer.")})
    if not changed or any(not name.startswith("encoder.layer.") for name in changed):
        raise SystemExit("expected only encoder layers to differ from the packaged model")
    # Every tensor of each changed layer, so that the file is a whole replacement for those layers.
    out = {name: value.astype(np.float16) for name, value in tuned.items()
           if name.startswith("encoder.layer.") and int(name.split(".")[2]) in layers}
    if head in ("classifier", "veto"):
        linear = np.load(Path(args[0]) / "qc_head.npz")
        out["classifier.weight"] = linear["weight"].astype(np.float32)
        out["classifier.bias"] = linear["bias"].astype(np.float32)
    save_file(out, str(target))
    print(f"layers {layers}: {len(out)} tensors, {target.stat().st_size // 1024} KB -> {target.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
