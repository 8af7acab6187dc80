"""Print results.jsonl as a markdown table (RESULTS.md is written from this output)."""
import json

from common import seed_sentences

rows = [json.loads(l) for l in open("results.jsonl")]
print("| # | model | CV-train F1 | dev F1 | dev thr | **dev-test F1 @dev thr** | dev-test @CV thr | dev-test @boot thr | (oracle, info) | seed ranks letter/police/authority | authority < thr? |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for i, r in enumerate(rows):
    if r["script"] == "sparse":
        name = f"sparse {r['feats']} {r['model']} C={r['C']} cw={r['cw']} num={r['numbers']} mask={r['mask']}"
    else:
        name = f"{r['emb']} {r['clf']} C={r['C']} combine={r['combine']}"
        if r["combine"] == "concat":
            name += f" alpha={r['alpha']} {r.get('feats')} mask={r.get('mask')}"
        if r["combine"] == "stack":
            name += f" alpha={r['alpha']} {r.get('sparse_prefix')}"
        if r["combine"] == "avg":
            name += f" {r.get('sparse_prefix')}"
        if r["emb"] == "static":
            name += f" sif={r['sif']}"
    if r.get("cv") == "blocked":
        name += " (CV blocked by id)"
    if r.get("tag"):
        name += f" [{r['tag']}]"
    rank = r["seed_rank"]
    pos = lambda k: rank.index(k) + 1
    auth_ok = r["seed_scores"][6] <= r["thr"]
    print(f"| {i} | {name} | {r['cv_train']:.3f} | {r['dev']:.3f} | {r['thr']:.3f} | **{r['devtest']:.3f}** | "
          f"{r.get('devtest_at_cv_thr', float('nan')):.3f} | {r.get('devtest_at_boot_thr', float('nan')):.3f} | "
          f"{r.get('devtest_oracle_info_only', float('nan')):.3f} | {pos(4)}/{pos(7)}/{pos(6)} | {'yes' if auth_ok else 'NO'} |")
