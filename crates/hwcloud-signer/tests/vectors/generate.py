#!/usr/bin/env python3
"""Signs DLI requests with Huawei's official Python signer and writes the results as test
vectors for hwcloud-signer.

    python3 -m pip install huaweicloudsdkcore==3.1.219
    python3 crates/hwcloud-signer/tests/vectors/generate.py > crates/hwcloud-signer/tests/vectors/python-sdk.json

Each request is built the way the SDK's client builds one (path parameters quoted with
`quote(v, safe='')`, `Content-Type: application/json` by default, `User-Agent`, `X-Project-Id`
and `X-Security-Token` from the credentials) with a fixed `X-Sdk-Date`, then signed by
`BasicCredentials.sign_request`, which calls `huaweicloudsdkcore.signer.signer.Signer`.
"""

import json
import sys
from urllib.parse import quote

from importlib.metadata import version

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.sdk_request import SdkRequest

AK = "HPUAXHHSRJXBVZUUZEHW"
SK = "Kq8vtE2Yp0ZUxHU2cR7kBd4vCAbnW9c3fJhQ6sLm"
PROJECT_ID = "48cc2c48765d4f5a9a3a8d2b4d6e7f01"
CONNECTION_ID = "2a620c33-5609-40c9-affd-2b6453071b0f"
DATE = "20240315T081530Z"
HOST = "dli.cn-north-4.myhuaweicloud.com"
USER_AGENT = "huaweicloud-usdk-python/3.0"
BASE = "/v2.0/{project_id}/datasource/enhanced-connections"


def path(project_id, connection_id=None):
    resource = BASE.replace("{project_id}", quote(project_id, safe=""))
    if connection_id is not None:
        resource += "/" + quote(connection_id, safe="")
    return resource


def case(name, method, resource_path, query=None, body=None, content_type="application/json",
         security_token=None, host=HOST, project_id=PROJECT_ID, extra_headers=None):
    headers = {"X-Sdk-Date": DATE, "User-Agent": USER_AGENT}
    if content_type is not None:
        headers["Content-Type"] = content_type
    headers.update(extra_headers or {})
    credentials = BasicCredentials(AK, SK, project_id)
    if security_token is not None:
        credentials = credentials.with_security_token(security_token)
    body_bytes = body.encode("utf-8") if body is not None else ""
    request = SdkRequest(method=method, schema="https", host=host, resource_path=resource_path,
                         query_params=list(query or []), header_params=headers, body=body_bytes)
    signed = credentials.sign_request(request)
    uri = signed.uri
    query_string = uri.split("?", 1)[1] if "?" in uri else ""
    return {
        "name": name,
        "method": method,
        "path": resource_path,
        "query": query_string,
        "headers": [[k, v] for k, v in signed.header_params.items() if k != "Authorization"],
        "body": body or "",
        "authorization": signed.header_params["Authorization"],
    }


def main():
    vectors = [
        case("delete", "DELETE", path(PROJECT_ID, CONNECTION_ID)),
        case("delete with a security token", "DELETE", path(PROJECT_ID, CONNECTION_ID),
             security_token="gQpjbi1ub3J0aC00hD4EMIIBhQYJKoZIhvcNAQcDoIIBdjCCAXICAQAxggE0"),
        case("delete on a host with a port", "DELETE", path(PROJECT_ID, CONNECTION_ID),
             host="127.0.0.1:8443"),
        case("odd but valid path characters", "DELETE",
             path("proj-1_2.3~x:@!$&'()*+,;= é", "conn id/with%slash")),
        case("list with a query", "GET", path(PROJECT_ID),
             query=[("limit", 100), ("offset", 0), ("status", "ACTIVE"),
                    ("name", "my conn (test)"), ("tags", "k=v*x")]),
        case("create with a JSON body", "POST", path(PROJECT_ID),
             body=json.dumps({"name": "conn_1", "dest_vpc_id": "vpc-1",
                              "dest_network_id": "subnet-1", "hosts": [{"name": "db", "ip": "10.0.0.1"}]})),
        case("text body is left unsigned", "PUT", path(PROJECT_ID, CONNECTION_ID),
             body="plain text", content_type="text/plain"),
        case("set hosts: a PUT with a JSON body", "PUT", path(PROJECT_ID, CONNECTION_ID),
             body=json.dumps({"hosts": [{"name": "orders-db", "ip": "192.168.0.21"}]})),
        case("add a route: a v3 path", "POST",
             "/v3/%s/datasource/enhanced-connections/%s/routes" % (PROJECT_ID, CONNECTION_ID),
             body=json.dumps({"name": "orders_net", "cidr": "192.168.0.0/24"})),
        case("delete a route: a v3 path with a name", "DELETE",
             "/v3/%s/datasource/enhanced-connections/%s/routes/%s"
             % (PROJECT_ID, CONNECTION_ID, quote("net 1", safe=""))),
        case("show tags: a v3 path with a query", "GET",
             "/v3/%s/dli_enhanced_datasource/%s/tags" % (PROJECT_ID, CONNECTION_ID),
             query=[("limit", 100), ("offset", 0)]),
        case("test connectivity: a v1.0 path with a queue name", "POST",
             "/v1.0/%s/queues/%s/connection-test" % (PROJECT_ID, quote("etl_queue", safe="")),
             body=json.dumps({"address": "orders-db:3306"})),
        case("grant: a v1.0 PUT", "PUT", "/v1.0/%s/authorization" % PROJECT_ID,
             body=json.dumps({"projectId": "330e068af1334c9782f4226acc00a2e2", "action": "grant",
                              "privileges": [{"object": "edsconnections." + CONNECTION_ID,
                                              "privileges": ["BIND_QUEUE"]}]})),
        case("create a datasource authentication: a v3 POST with a password", "POST",
             "/v3/%s/datasource/auth-infos" % PROJECT_ID,
             body=json.dumps({"auth_info_name": "orders_db_auth", "datasource_type": "passwd",
                              "user_name": "etl_reader", "password": "p@ss w\u00f6rd"})),
        case("list datasource authentications by name", "GET",
             "/v3/%s/datasource/auth-infos" % PROJECT_ID,
             query=[("auth_info_name", "orders_db_auth"), ("limit", 100), ("offset", 0)]),
        case("update a datasource authentication: a v3 PUT", "PUT",
             "/v3/%s/datasource/auth-infos" % PROJECT_ID,
             body=json.dumps({"auth_info_name": "orders_db_auth", "user_name": "etl_writer",
                              "keytab": "obs://creds/user.keytab"})),
        case("delete a datasource authentication: a v3 path with its name", "DELETE",
             "/v3/%s/datasource/auth-infos/%s" % (PROJECT_ID, quote("orders_db_auth", safe=""))),
        case("header values are trimmed and underscored names skipped", "DELETE",
             path(PROJECT_ID, CONNECTION_ID),
             extra_headers={"X-Custom": "  padded value  ", "X_Not_Signed": "skip"}),
    ]
    json.dump({"generator": "huaweicloudsdkcore " + version("huaweicloudsdkcore"),
               "access_key": AK, "secret_key": SK, "vectors": vectors},
              sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
