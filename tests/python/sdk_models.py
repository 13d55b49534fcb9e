#!/usr/bin/env python3
"""Prints, as JSON, the JSON keys of the official SDK's models for the enhanced-connection
operations (huaweicloudsdkdli, `attribute_map`), for comparison with openapi/dli.yaml.

    python3 tests/python/sdk_models.py > tests/python/sdk_models.json

CI runs it again and fails when the output differs from the committed file.
"""

import json
import sys

from huaweicloudsdkdli.v1 import model

MODELS = [
    "CreateEnhancedConnectionRequestBody",
    "CreateEnhancedConnectionResponse",
    "DeleteEnhancedConnectionResponse",
    "EnhancedConnection",
    "EnhancedConnectionHost",
    "EnhancedConnectionResource",
    "ListEnhancedConnectionsRequest",
    "ListEnhancedConnectionsResponse",
    "ShowEnhancedConnectionResponse",
    "Tag",
]


def main():
    keys = {}
    for name in MODELS:
        cls = getattr(model, name)
        keys[name] = sorted(cls.attribute_map.values())
    json.dump(keys, sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
