"""Write the shipped safety classifier (inara/data/classifier_layers.safetensors over the packaged
all-MiniLM-L6-v2) back out as a model folder that scripts/train_safety_classifier.py can continue
from with --init: the packaged model's files with its top layers replaced, and qc_head.pt.

    python3 scripts/experiments/shipped_classifier_folder.py /tmp/qc/e
"""
import shutil, sys
from pathlib import Path
ROOT = Path(__file__).resolve().parents[2]; sys.path.insert(0, str(ROOT))
import numpy as np
import torch
from safetensors.numpy import load_file, save_file
from inara.matching.model_files import CLASSIFIER_LAYERS, model_dir

out = Path(sys.argv[1])
shutil.copytree(model_dir(), out, dirs_exist_ok=True)
shipped = load_file(str(CLASSIFIER_LAYERS))
weights = load_file(str(out / 'model.safetensors'))
replaced = 0
for name, value in shipped.items():
    if name.startswith('encoder.layer.'):
        assert name in weights, name
        weights[name] = value.astype(np.float32); replaced += 1
save_file(weights, str(out / 'model.safetensors'), metadata={'format': 'pt'})
torch.save({'weight': torch.tensor(shipped['classifier.weight']), 'bias': torch.tensor(shipped['classifier.bias'])},
           out / 'qc_head.pt')
print(f'{replaced} tensors replaced, head {shipped["classifier.weight"].shape} -> {out}')
