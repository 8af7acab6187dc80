"""Research: how two builds' outcomes on the gold events differ, from their `--errors` listings.

`rhetor eval events ... --errors` lists every gold event the coder missed or coded wrongly, as a
header line (`data/gold/FILE:ROW  [trigger]`), the gold line and the predicted line. This script
reads the listings of two builds over the same gold files and sorts the gold events whose outcome
differs: an error of the first build that the second no longer lists became right; one the second
lists alone became wrong; one both list with another prediction changed, counted by what was wrong
before and after (`src`, `type`, `tgt` for a wrong source, type or target, `notdet` for not
detected).

Usage (from the repository root):

    OLD_RHETOR eval events GOLD_FILES --corpora ../shared/data/corpora --errors > old.txt
    NEW_RHETOR eval events GOLD_FILES --corpora ../shared/data/corpora --errors > new.txt
    python3 research/events/compare_errors.py old.txt new.txt

Result (thirty-second session, the capital rule of `capital_name_heads.tsv` with the previous
event models, against 677f8be, all 292 gold sets): 7 became right, 2 wrong, and 33 changed
(9 wrong sources right with the type still wrong, 10 no longer detected, 14 otherwise).
"""
import collections
import sys


def listed_errors(path):
    """The listing's errors, by (header line, gold line): their lines without blank ones."""
    errors = {}
    current = []

    def close():
        if len(current) >= 3:
            errors[(current[0], current[1])] = current[:3]

    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("data/gold/") and "[" in line:
            close()
            current = [line]
        elif current and not line.strip():
            close()
            current = []
        elif current:
            current.append(line)
    close()
    return errors


def what_is_wrong(error):
    """`notdet`, or the wrong fields among source, type and target, from the gold and predicted lines."""
    gold, predicted = error[1].split(), error[2].split()
    if "(not" in predicted:
        return "notdet"
    # `gold TYPE SOURCE -> TARGET` and `predicted TYPE SOURCE -> TARGET`.
    if len(gold) < 5 or len(predicted) < 5:
        return "other"
    wrong = [name for name, at in (("src", 2), ("type", 1), ("tgt", 4)) if gold[at] != predicted[at]]
    return "+".join(wrong) or "other"


def main(old_path, new_path):
    old, new = listed_errors(old_path), listed_errors(new_path)
    became_right = [key for key in old if key not in new]
    became_wrong = [key for key in new if key not in old]
    changed = [key for key in old if key in new and old[key] != new[key]]
    print(f"became right: {len(became_right)}", dict(collections.Counter(what_is_wrong(old[key]) for key in became_right)))
    print(f"became wrong: {len(became_wrong)}", dict(collections.Counter(what_is_wrong(new[key]) for key in became_wrong)))
    print(f"changed: {len(changed)}")
    for (before, after), count in collections.Counter(
        (what_is_wrong(old[key]), what_is_wrong(new[key])) for key in changed
    ).most_common():
        print(f"  {before} -> {after}: {count}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
