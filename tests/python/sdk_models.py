#!/usr/bin/env python3
"""Prints, as JSON, the JSON keys of the official SDK's models (huaweicloudsdkdli,
`attribute_map`) that openapi/dli.yaml mirrors: each schema's `x-sdk-model`, and the request
model of each operation (`<operationId>Request`), for comparison with the document.

    python3 tests/python/sdk_models.py > tests/python/sdk_models.json

CI runs it again and fails when the output differs from the committed file.
"""

import json
import os
import sys

import yaml
from huaweicloudsdkdli.v1 import model

SPEC = os.path.join(os.path.dirname(__file__), "..", "..", "openapi", "dli.yaml")
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def model_names(spec):
    names = set()
    for schema in spec["components"]["schemas"].values():
        if "x-sdk-model" in schema:
            names.add(schema["x-sdk-model"])
    for item in spec["paths"].values():
        for method in METHODS:
            if method in item:
                names.add(item[method]["operationId"] + "Request")
    return sorted(names)


def main():
    with open(SPEC, encoding="utf-8") as file:
        spec = yaml.safe_load(file)
    keys = {}
    for name in model_names(spec):
        cls = getattr(model, name, None)
        if cls is None:
            print("huaweicloudsdkdli has no model %s" % name, file=sys.stderr)
            sys.exit(1)
        keys[name] = sorted(cls.attribute_map.values())
    json.dump(keys, sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
