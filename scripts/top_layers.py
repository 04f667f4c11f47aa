"""What the two fine-tuning scripts share (train_screen_encoder.py, train_topic_encoder.py): the
top layers run over the cached output of the frozen layers below, mean-pooled and normalised as
sentence-transformers does. Training only; needs torch."""
import torch
import torch.nn.functional as Fn


def encode_cached(top, cache: dict, ids: list[int]) -> torch.Tensor:
    """Unit vectors for the texts `ids`, from their cached inputs to the first of `top`'s layers."""
    length = max(cache[i].shape[0] for i in ids)
    h = torch.zeros(len(ids), length, cache[ids[0]].shape[1])
    mask = torch.zeros(len(ids), length)
    for j, i in enumerate(ids):
        x = cache[i].float(); h[j, :x.shape[0]] = x; mask[j, :x.shape[0]] = 1
    ext = (1.0 - mask[:, None, None, :]) * torch.finfo(torch.float32).min
    for layer in top:
        o = layer(h, attention_mask=ext)
        h = o[0] if isinstance(o, tuple) else o
    return Fn.normalize((h * mask[..., None]).sum(1) / mask.sum(1, keepdim=True), dim=-1)
