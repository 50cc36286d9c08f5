"""mtlint's SARIF output checked against the SARIF 2.1.0 JSON schema
(tests/data/, see the README there), against its JSON Lines output for the
same run, and against the bytes of the files it describes.

    sarif_test.py path/to/mtlint source-dir

Run through sarif_test.sh, which finds a Python with jsonschema and
rfc3987 (without rfc3987, jsonschema silently skips the URI formats, which
are the ones GitHub's upload enforces).
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

import jsonschema

passed = 0
failed = 0


def report(what, problems):
    global passed, failed
    if problems:
        failed += 1
        print(f"FAILED: {what}")
        for p in problems[:20]:
            print(f"  {p}")
    else:
        passed += 1
        print(f"ok: {what}")


def run(mtlint, args, cwd, stdin=None):
    r = subprocess.run([mtlint] + args, cwd=cwd, input=stdin,
                       capture_output=True)
    return r.returncode, r.stdout


def position(data, offset):
    """Line and column (code points; an invalid byte is one) of a byte."""
    offset = min(offset, len(data))
    start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[start:offset].decode("utf-8", "surrogateescape")) + 1
    return data.count(b"\n", 0, offset) + 1, column


def uri_to_path(uri):
    if uri.startswith("file://"):
        uri = uri[len("file://"):]
    return urllib.parse.unquote(uri)


def check_log(log, jsonl, files, rules_expected):
    """Compares a SARIF log with the JSON Lines of the same run; `files`
    maps a path as shown to its bytes."""
    problems = []
    if len(log.get("runs", [])) != 1:
        return ["not exactly one run"]
    run = log["runs"][0]
    if run.get("columnKind") != "unicodeCodePoints":
        problems.append("columnKind is not unicodeCodePoints")
    rules = run["tool"]["driver"]["rules"]
    got = [(r["id"], r["shortDescription"]["text"]) for r in rules]
    if got != rules_expected:
        problems.append("rules differ from list-checks")
    diagnostics = [d for d in jsonl if d["type"] == "diagnostic"]
    results = run["results"]
    if len(results) != len(diagnostics):
        return problems + [f"{len(results)} results, "
                           f"{len(diagnostics)} JSON Lines diagnostics"]
    for i, (r, d) in enumerate(zip(results, diagnostics)):
        where = f"result {i} ({d['path']}:{d['line']}:{d['column']})"
        if r["ruleId"] != d["check"]:
            problems.append(f"{where}: ruleId {r['ruleId']}")
        if rules[r["ruleIndex"]]["id"] != r["ruleId"]:
            problems.append(f"{where}: ruleIndex points elsewhere")
        if r["level"] != d["severity"]:
            problems.append(f"{where}: level {r['level']}")
        text = "".join([d["message"]] + ["\nnote: " + n for n in d["notes"]])
        if r["message"]["text"] != text:
            problems.append(f"{where}: message {r['message']['text']!r}")
        location = r["locations"][0]["physicalLocation"]
        if uri_to_path(location["artifactLocation"]["uri"]) != d["path"]:
            problems.append(f"{where}: uri {location['artifactLocation']}")
        region = location["region"]
        begin, length = d["byte_offset"], d["byte_length"]
        if (region["byteOffset"], region["byteLength"]) != (begin, length):
            problems.append(f"{where}: bytes {region}")
        data = files[d["path"]]
        want = position(data, begin) + position(data, begin + length)
        got = (region["startLine"], region["startColumn"], region["endLine"],
               region["endColumn"])
        if got != want or got[:2] != (d["line"], d["column"]):
            problems.append(f"{where}: region {got}, expected {want}")
        fixes = [{"label": f["description"]["text"],
                  "safe": f["properties"]["safe"],
                  "edits": [{"byte_offset": x["deletedRegion"]["byteOffset"],
                             "byte_length": x["deletedRegion"]["byteLength"],
                             "replacement": x["insertedContent"]["text"]}
                            for c in f["artifactChanges"]
                            for x in c["replacements"]]}
                 for f in r.get("fixes", [])]
        if fixes != d["fixes"]:
            problems.append(f"{where}: fixes {fixes}")
        for f in r.get("fixes", []):
            for c in f["artifactChanges"]:
                if c["artifactLocation"] != location["artifactLocation"]:
                    problems.append(f"{where}: fix for another artifact")
    return problems


def main():
    mtlint, src = os.path.realpath(sys.argv[1]), os.path.realpath(sys.argv[2])
    with open(os.path.join(src, "tests/data/sarif-schema-2.1.0.json")) as f:
        schema = json.load(f)
    checker = jsonschema.FormatChecker()
    missing = {"uri", "uri-reference"} - set(checker.checkers)
    if missing:
        print(f"FAILED: jsonschema cannot check the formats {sorted(missing)}"
              " (install python3-rfc3987)")
        return 1
    validator = jsonschema.Draft4Validator(schema, format_checker=checker)

    _, listing = run(mtlint, ["list-checks"], src)
    rules_expected = [tuple(line.split(None, 1))
                      for line in listing.decode().splitlines()]

    tmp = tempfile.mkdtemp()
    try:
        os.mkdir(os.path.join(tmp, "in"))
        inputs = {
            # CRLF line ends, a repeated word, an invisible character.
            "in/dirty.txt": b"The high -level talks.\r\nthe the vote"
                            b"\xe2\x80\x8b.\r\n",
            # A name that needs percent-encoding, invalid UTF-8 inside.
            "in/caf\u00e9 50%:a,b#1.txt": b"Caf\xe9 au lait,  "
                                          b"\xe4\xbd\xa0 said.\n",
            "in/binary.txt": b"binary\0data",
            "in/empty.txt": b"",
        }
        files = {}
        for name, data in inputs.items():
            with open(os.path.join(tmp, name), "wb") as f:
                f.write(data)
        articles = sorted(os.listdir(os.path.join(src, "fixtures/articles")))
        for name in articles:
            path = "fixtures/articles/" + name
            with open(os.path.join(src, path), "rb") as f:
                files[path] = f.read()
        for name, data in inputs.items():
            files[name] = data
            files[os.path.join(tmp, name)] = data

        dirty = inputs["in/dirty.txt"]
        files["<stdin>"] = dirty
        cases = [
            ("relative paths, a directory of articles", src,
             ["check", "fixtures/articles"], None),
            ("odd file names, CRLF, invalid UTF-8, binary and empty files",
             tmp, ["check", "in"], None),
            ("absolute paths become file:// URIs", tmp,
             ["check", os.path.join(tmp, "in/dirty.txt")], None),
            ("standard input", tmp, ["check", "-"], dirty),
            ("a clean run", tmp, ["check", "in/empty.txt"], None),
        ]
        for what, cwd, args, stdin in cases:
            status, out = run(mtlint, args + ["--format", "sarif"], cwd, stdin)
            jstatus, jout = run(mtlint, args + ["--format", "jsonl"], cwd,
                                stdin)
            try:
                log = json.loads(out)
            except ValueError as e:
                report(what, [f"not one JSON document: {e}"])
                continue
            problems = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
                        for e in validator.iter_errors(log)]
            if status != jstatus:
                problems.append(f"status {status}, JSON Lines {jstatus}")
            jsonl = [json.loads(line) for line in jout.splitlines()]
            problems += check_log(log, jsonl, files, rules_expected)
            report(what + " (schema and positions)", problems)

        # `fix` reports what is left in the fixed text, in the same format.
        shutil.copy(os.path.join(tmp, "in/dirty.txt"),
                    os.path.join(tmp, "fixed.txt"))
        status, out = run(mtlint, ["fix", "--format", "sarif", "fixed.txt"],
                          tmp)
        problems = [e.message for e in validator.iter_errors(json.loads(out))]
        report("fix --format sarif", problems + (
            [f"status {status}"] if status not in (0, 1) else []))
    finally:
        shutil.rmtree(tmp)

    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
