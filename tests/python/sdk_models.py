#!/usr/bin/env python3
"""Prints, as JSON, what openapi/dli.yaml mirrors of the official SDK (huaweicloudsdkdli):
under "models", the JSON keys (`attribute_map`) of each schema's `x-sdk-model` and of each
operation's request model (`<operationId>Request`); under "operations", each operation's
method and path as the SDK's client sends them. For comparison with the document.

    python3 tests/python/sdk_models.py > tests/python/sdk_models.json

CI runs it again and fails when the output differs from the committed file.
"""

import json
import os
import re
import sys

import yaml
from huaweicloudsdkdli.v1 import model
from huaweicloudsdkdli.v1.dli_client import DliClient

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


def operation_ids(spec):
    ids = []
    for item in spec["paths"].values():
        for method in METHODS:
            if method in item:
                ids.append(item[method]["operationId"])
    return sorted(ids)


def http_info(operation_id):
    """The method and path the SDK's client uses for an operation."""
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()
    build = getattr(DliClient, "_%s_http_info" % snake, None)
    if build is None:
        print("DliClient has no operation %s" % snake, file=sys.stderr)
        sys.exit(1)
    info = build(getattr(model, operation_id + "Request")())
    return "%s %s" % (info["method"], info["resource_path"])


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
    operations = {op: http_info(op) for op in operation_ids(spec)}
    json.dump({"models": keys, "operations": operations}, sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
