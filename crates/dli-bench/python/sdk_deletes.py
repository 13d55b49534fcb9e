#!/usr/bin/env python3
"""Deletes one connection again and again with Huawei's official Python SDK
(huaweicloudsdkdli), one request at a time, for a number of seconds; prints the latencies.

    python3 sdk_deletes.py BASE_URL SECONDS AK SK PROJECT_ID CONNECTION_ID

Output: {"latencies_us": [...], "failed": N, "elapsed_s": S}
"""

import json
import sys
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkdli.v1 import DeleteEnhancedConnectionRequest, DliClient


def main():
    url, seconds, ak, sk, project_id, connection_id = sys.argv[1:7]
    config = HttpConfig.get_default_config()
    config.retry_times = 0
    client = DliClient.new_builder() \
        .with_http_config(config) \
        .with_credentials(BasicCredentials(ak, sk, project_id)) \
        .with_endpoints([url]) \
        .build()
    request = DeleteEnhancedConnectionRequest(connection_id=connection_id)
    latencies, failed = [], 0
    started = time.perf_counter()
    deadline = started + float(seconds)
    while time.perf_counter() < deadline:
        sent = time.perf_counter()
        try:
            response = client.delete_enhanced_connection(request)
            if response.is_success:
                latencies.append(int((time.perf_counter() - sent) * 1e6))
            else:
                failed += 1
        except Exception:  # every failure counts the same here
            failed += 1
    json.dump({"latencies_us": latencies, "failed": failed,
               "elapsed_s": time.perf_counter() - started}, sys.stdout)


if __name__ == "__main__":
    main()
