"""Would the second reading (safety_classifier.vetoed) also be safe on the emergencies the sentence screen's
re-read and its judge find alone (no rule; the classifier below urgent)? Runs another experiment script with
that veto patched in (development figures, 2026-12-06):

    python3 scripts/experiments/reread_veto.py scripts/experiments/screen_stability.py 300 --screen classifier --from all

Result: not kept. With it, 2 of the 300 sampled urgent sentences are no longer flagged at all (298 of 300, against
300 of 300 without it, same run): the re-read catches real emergencies the second reading also misses.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT)); sys.path.insert(0, str(ROOT / "scripts" / "experiments"))
from inara.matching import matcher as M, safety_classifier as sc, safety_judge
orig = M.Matcher.findings
def findings(self, question, unit_vectors, unit_texts):
    found = orig(self, question, unit_vectors, unit_texts)
    if self.classifier is None or self.classifier.get('veto') is None or safety_judge.level_of(found) != 'urgent':
        return found
    urgent = [f for f in found if f.level == 'urgent']
    if all(f.source.startswith(('semantic:', 'judge:', 're-read')) for f in urgent):
        if sc.vetoed(self.embedder.embed_veto(question.text), self.classifier):
            return [f for f in found if f.level != 'urgent']
    return found
M.Matcher.findings = findings
import runpy
sys.argv = [sys.argv[1]] + sys.argv[2:]
runpy.run_path(sys.argv[0], run_name='__main__')
