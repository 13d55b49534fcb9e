#!/usr/bin/env python3
"""Drives dli-fake with Huawei's official Python SDK (huaweicloudsdkdli) and checks that it
behaves as DLI does: a connection being created cannot be deleted; once active it is deleted;
deleting it again reports that it does not exist; it is still shown, as DELETED; listing pages
through every connection and filters by status.

    python3 tests/python/official_sdk.py http://127.0.0.1:PORT

Credentials come from HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (the ones the fake accepts).
Exits non-zero on the first mismatch.
"""

import os
import sys
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkdli.v1 import (
    CreateEnhancedConnectionRequest,
    CreateEnhancedConnectionRequestBody,
    DeleteEnhancedConnectionRequest,
    DliClient,
    EnhancedConnectionHost,
    ListEnhancedConnectionsRequest,
    ShowEnhancedConnectionRequest,
    UpdateEnhancedConnectionRequest,
    UpdateEnhancedConnectionRequestBody,
)

PROJECT_ID = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def expect_client_error(call, status, code, fragment):
    try:
        response = call()
    except ClientRequestException as error:
        if error.status_code != status or error.error_code != code or fragment not in error.error_msg:
            fail("expected %s %s containing %r, got %s" % (status, code, fragment, error))
        if not error.request_id:
            fail("the error has no request id: %s" % error)
        return error
    fail("expected %s %s, but the call succeeded: %s" % (status, code, response))


def main():
    if len(sys.argv) != 2:
        fail("usage: official_sdk.py BASE_URL")
    endpoint = sys.argv[1]
    credentials = BasicCredentials(os.environ["HUAWEICLOUD_SDK_AK"], os.environ["HUAWEICLOUD_SDK_SK"], PROJECT_ID)
    config = HttpConfig.get_default_config()
    config.retry_times = 0
    client = DliClient.new_builder() \
        .with_http_config(config) \
        .with_credentials(credentials) \
        .with_endpoints([endpoint]) \
        .build()

    body = CreateEnhancedConnectionRequestBody(name="sdk_check", dest_vpc_id="vpc-1", dest_network_id="subnet-1")
    created = client.create_enhanced_connection(CreateEnhancedConnectionRequest(body=body))
    if not created.is_success or not created.connection_id:
        fail("create answered %s" % created)
    connection_id = created.connection_id
    print("created %s" % connection_id)

    expect_client_error(
        lambda: client.delete_enhanced_connection(DeleteEnhancedConnectionRequest(connection_id=connection_id)),
        400, "DLI.0001", "being created")
    print("deleting while creating is refused")

    deadline = time.monotonic() + 30
    while True:
        shown = client.show_enhanced_connection(ShowEnhancedConnectionRequest(connection_id=connection_id))
        if shown.status == "ACTIVE":
            break
        if shown.status != "CREATING" or time.monotonic() > deadline:
            fail("the connection did not become ACTIVE: %s" % shown)
        time.sleep(0.2)
    print("the connection is active")

    hosts = [EnhancedConnectionHost(name="orders-db", ip="192.168.0.21"),
             EnhancedConnectionHost(name="orders-replica", ip="192.168.0.22")]
    updated = client.update_enhanced_connection(UpdateEnhancedConnectionRequest(
        connection_id=connection_id, body=UpdateEnhancedConnectionRequestBody(hosts=hosts)))
    if updated.is_success is not True:
        fail("setting the hosts answered %s" % updated)
    shown = client.show_enhanced_connection(ShowEnhancedConnectionRequest(connection_id=connection_id))
    if [(host.name, host.ip) for host in shown.hosts] != [("orders-db", "192.168.0.21"), ("orders-replica", "192.168.0.22")]:
        fail("the hosts set are shown as %s" % shown.hosts)
    expect_client_error(
        lambda: client.update_enhanced_connection(UpdateEnhancedConnectionRequest(
            connection_id=connection_id,
            body=UpdateEnhancedConnectionRequestBody(hosts=[EnhancedConnectionHost(name="1db", ip="10.0.0.1")]))),
        400, "DLI.0001", "must start with a letter")
    client.update_enhanced_connection(UpdateEnhancedConnectionRequest(
        connection_id=connection_id, body=UpdateEnhancedConnectionRequestBody(hosts=[])))
    shown = client.show_enhanced_connection(ShowEnhancedConnectionRequest(connection_id=connection_id))
    if shown.hosts:
        fail("an empty list did not clear the hosts: %s" % shown.hosts)
    print("host entries are set, refused when invalid, and cleared")

    deleted = client.delete_enhanced_connection(DeleteEnhancedConnectionRequest(connection_id=connection_id))
    if deleted.is_success is not True or deleted.message != "Deleted":
        fail("delete answered %s" % deleted)
    print("deleted")

    expect_client_error(
        lambda: client.delete_enhanced_connection(DeleteEnhancedConnectionRequest(connection_id=connection_id)),
        400, "DLI.0001", "Connection %s is not exist" % connection_id)
    print("deleting again reports that it does not exist")

    shown = client.show_enhanced_connection(ShowEnhancedConnectionRequest(connection_id=connection_id))
    if shown.status != "DELETED":
        fail("a deleted connection shows as %s" % shown.status)
    print("it is shown as DELETED")

    names = ["sdk_page_%d" % n for n in range(5)]
    for name in names:
        body = CreateEnhancedConnectionRequestBody(name=name, dest_vpc_id="vpc-1", dest_network_id="subnet-1")
        client.create_enhanced_connection(CreateEnhancedConnectionRequest(body=body))
    seen, offset, pages = [], 0, 0
    while True:
        page = client.list_enhanced_connections(ListEnhancedConnectionsRequest(limit=2, offset=offset))
        pages += 1
        if page.count != len(names):
            fail("list counts %s connections, not %d" % (page.count, len(names)))
        if any(connection.is_privis is not True for connection in page.connections):
            fail("isPrivis is not read from the list: %s" % page)
        seen += [connection.name for connection in page.connections]
        if len(page.connections) < 2 or pages > 10:
            break
        offset += 2
    if sorted(seen) != names or pages != 3:
        fail("paging by 2 saw %s in %d pages" % (seen, pages))
    print("listing pages through every connection")

    deleted_only = client.list_enhanced_connections(ListEnhancedConnectionsRequest(status="DELETED"))
    if [connection.id for connection in deleted_only.connections] != [connection_id]:
        fail("status=DELETED listed %s" % deleted_only)
    creating = client.list_enhanced_connections(ListEnhancedConnectionsRequest(status="creating", name="sdk_page"))
    if creating.count != len(names):
        fail("status=creating with a name listed %s" % creating)
    print("listing filters by status, ignoring case, and by name")

    wrong = DliClient.new_builder() \
        .with_http_config(config) \
        .with_credentials(BasicCredentials(os.environ["HUAWEICLOUD_SDK_AK"], "wrong-secret", PROJECT_ID)) \
        .with_endpoints([endpoint]) \
        .build()
    try:
        wrong.delete_enhanced_connection(DeleteEnhancedConnectionRequest(connection_id=connection_id))
        fail("a wrong secret key was accepted")
    except ClientRequestException as error:
        if error.status_code != 401 or error.error_code != "APIGW.0301":
            fail("a wrong secret key gave %s" % error)
    print("a wrong secret key is refused with 401 APIGW.0301")
    print("official SDK: 10 passed, 0 failed")


if __name__ == "__main__":
    main()
