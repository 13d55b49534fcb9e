#!/usr/bin/env python3
"""Drives dli-fake with Huawei's official Python SDK (huaweicloudsdkdli) and checks that it
behaves as DLI does: a connection being created cannot be deleted; once active, queues and
pools are bound and peered, routes, host entries, privileges and tags are set, and a queue's
connectivity is tested; then it is deleted; deleting it again reports that it does not exist;
it is still shown, as DELETED; listing pages through every connection and filters by status.
Datasource authentications of all four types are created, listed (never with a password),
updated and deleted; and, with DLI_BIN set to a `dli` binary, what `dli auth` makes the SDK
reads, and what the SDK makes `dli auth list -o json` shows, field by field.

    python3 tests/python/official_sdk.py http://127.0.0.1:PORT

Credentials come from HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (the ones the fake accepts).
Exits non-zero on the first mismatch.
"""

import json
import os
import subprocess
import sys
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkdli.v1 import (
    AssociateQueueToEnhancedConnectionRequest,
    AssociateQueueToEnhancedConnectionRequestBody,
    BatchCreateResourceTagsRequest,
    BatchCreateResourceTagsRequestBody,
    BatchDeleteResourceTagsRequest,
    BatchDeleteResourceTagsRequestBody,
    CreateConnectivityTaskRequest,
    CreateConnectivityTaskRequestBody,
    CreateJobAuthInfoRequest,
    CreateJobAuthInfoRequestBody,
    DeleteJobAuthInfoRequest,
    ListJobAuthInfosRequest,
    UpdateJobAuthInfoRequest,
    UpdateJobAuthInfoRequestBody,
    CreateRouteToEnhancedConnectionRequest,
    CreateRouteToEnhancedConnectionRequestBody,
    DeleteRouteFromEnhancedConnectionRequest,
    DisassociateQueueFromEnhancedConnectionRequest,
    DisassociateQueueFromEnhancedConnectionRequestBody,
    Privilege,
    RunAuthorizationActionRequest,
    RunAuthorizationActionRequestBody,
    ShowConnectivityTaskRequest,
    ShowEnhancedConnectionPrivilegeRequest,
    ShowResourceTagsRequest,
    Tag,
    CreateEnhancedConnectionRequest,
    CreateEnhancedConnectionRequestBody,
    DeleteEnhancedConnectionRequest,
    DliClient,
    EnhancedConnectionHost,
    ListElasticResourcePoolsRequest,
    ListEnhancedConnectionsRequest,
    ListQueuesRequest,
    ShowEnhancedConnectionRequest,
    UpdateEnhancedConnectionRequest,
    UpdateEnhancedConnectionRequestBody,
)

PROJECT_ID = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
PASSED = []
FAILED = []


class CheckFailed(Exception):
    """A check that did not hold; the checks after it depend on it, so the run stops."""


def passed(message):
    """Reports one check that held."""
    PASSED.append(message)
    print(message)


def fail(message):
    """Reports a check that did not hold and stops the run."""
    FAILED.append(message)
    print("FAIL: " + message, file=sys.stderr)
    raise CheckFailed(message)


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


def wait_for_pool(client, connection_id, pool, status):
    deadline = time.monotonic() + 30
    while True:
        shown = client.show_enhanced_connection(ShowEnhancedConnectionRequest(connection_id=connection_id))
        found = [p.status for p in shown.elastic_resource_pools or [] if p.name == pool]
        if found == ([status] if status else []):
            return shown
        if time.monotonic() > deadline:
            fail("the pool %s did not become %s: %s" % (pool, status, shown))
        time.sleep(0.2)


def what_can_be_bound(client, connection_id):
    """The queues and pools the fake was started with (`--queue sdk_queue --pool pool_sdk
    pool_spare`), listed and paged; binding another name is DLI's unknown object."""
    queues = client.list_queues(ListQueuesRequest(queue_type="all", with_priv=False))
    if [queue.queue_name for queue in queues.queues] != ["sdk_queue"]:
        fail("the queues listed are %s" % queues)
    seen, offset = [], 0
    while offset < 10:
        page = client.list_elastic_resource_pools(ListElasticResourcePoolsRequest(limit=1, offset=offset))
        if page.count != 2:
            fail("the pools are counted as %s" % page.count)
        if not page.elastic_resource_pools:
            break
        seen += [pool.elastic_resource_pool_name for pool in page.elastic_resource_pools]
        offset += 1
    if seen != ["pool_sdk", "pool_spare"]:
        fail("paging the pools by 1 saw %s" % seen)
    passed("queues and pools are listed, pools a page at a time")
    expect_client_error(
        lambda: client.associate_queue_to_enhanced_connection(AssociateQueueToEnhancedConnectionRequest(
            connection_id=connection_id,
            body=AssociateQueueToEnhancedConnectionRequestBody(elastic_resource_pools=["pool_missing"]))),
        400, "DLI.0002", "There is no elastic resource pool named pool_missing")
    passed("binding a pool the project lacks is refused as an unknown object")


def the_rest_of_the_group(client, connection_id):
    """Every other operation of the group, against an active connection."""
    what_can_be_bound(client, connection_id)
    bound = client.associate_queue_to_enhanced_connection(AssociateQueueToEnhancedConnectionRequest(
        connection_id=connection_id,
        body=AssociateQueueToEnhancedConnectionRequestBody(elastic_resource_pools=["pool_sdk"])))
    if bound.is_success is not True:
        fail("binding answered %s" % bound)
    wait_for_pool(client, connection_id, "pool_sdk", "CREATING")
    wait_for_pool(client, connection_id, "pool_sdk", "ACTIVE")
    passed("a bound pool is CREATING, then ACTIVE")

    added = client.create_route_to_enhanced_connection(CreateRouteToEnhancedConnectionRequest(
        connection_id=connection_id,
        body=CreateRouteToEnhancedConnectionRequestBody(name="net_sdk", cidr="10.8.0.0/16")))
    if added.is_success is not True:
        fail("adding a route answered %s" % added)
    expect_client_error(
        lambda: client.create_route_to_enhanced_connection(CreateRouteToEnhancedConnectionRequest(
            connection_id=connection_id,
            body=CreateRouteToEnhancedConnectionRequestBody(name="net_sdk", cidr="10.9.0.0/16"))),
        400, "DLI.0001", "already exists")
    passed("a route is added, and its name cannot be used twice")

    started = client.create_connectivity_task(CreateConnectivityTaskRequest(
        queue_name="pool_sdk", body=CreateConnectivityTaskRequestBody(address="10.8.1.2:5432")))
    if started.is_success is not True or not isinstance(started.task_id, int):
        fail("starting a connectivity test answered %s" % started)
    deadline = time.monotonic() + 30
    while True:
        shown = client.show_connectivity_task(ShowConnectivityTaskRequest(
            queue_name="pool_sdk", task_id=str(started.task_id)))
        if shown.connectivity != "CHECKING":
            break
        if time.monotonic() > deadline:
            fail("the connectivity test never ended")
        time.sleep(0.1)
    if shown.connectivity != "REACHABLE":
        fail("an address in a route of a peered pool is %s" % shown)
    passed("a connectivity test through a route is REACHABLE")

    deleted = client.delete_route_from_enhanced_connection(DeleteRouteFromEnhancedConnectionRequest(
        connection_id=connection_id, name="net_sdk"))
    if deleted.is_success is not True:
        fail("deleting a route answered %s" % deleted)
    expect_client_error(
        lambda: client.delete_route_from_enhanced_connection(DeleteRouteFromEnhancedConnectionRequest(
            connection_id=connection_id, name="net_sdk")),
        400, "DLI.0002", "does not exist")
    passed("a route is deleted once")

    grantee = "330e068af1334c9782f4226acc00a2e2"
    granted = client.run_authorization_action(RunAuthorizationActionRequest(body=RunAuthorizationActionRequestBody(
        project_id=grantee, action="grant",
        privileges=[Privilege(object="edsconnections.%s" % connection_id, privileges=["BIND_QUEUE"])])))
    if granted.is_success is not True:
        fail("granting answered %s" % granted)
    shown = client.show_enhanced_connection_privilege(ShowEnhancedConnectionPrivilegeRequest(
        connection_id=connection_id))
    held = [(p.applicant_project_id, p.privileges) for p in shown.privileges or []]
    if shown.connection_id != connection_id or held != [(grantee, ["BIND_QUEUE"])]:
        fail("the privileges are shown as %s" % shown)
    client.run_authorization_action(RunAuthorizationActionRequest(body=RunAuthorizationActionRequestBody(
        project_id=grantee, action="revoke",
        privileges=[Privilege(object="edsconnections.%s" % connection_id, privileges=["BIND_QUEUE"])])))
    shown = client.show_enhanced_connection_privilege(ShowEnhancedConnectionPrivilegeRequest(
        connection_id=connection_id))
    if shown.privileges:
        fail("a revoked privilege is still shown: %s" % shown)
    passed("another project is granted BIND_QUEUE, shown, and revoked")

    kind = "dli_enhanced_datasource"
    client.batch_create_resource_tags(BatchCreateResourceTagsRequest(
        resource_type=kind, resource_id=connection_id,
        body=BatchCreateResourceTagsRequestBody(tags=[Tag(key="team", value="data"), Tag(key="env", value="ci")])))
    client.batch_delete_resource_tags(BatchDeleteResourceTagsRequest(
        resource_type=kind, resource_id=connection_id,
        body=BatchDeleteResourceTagsRequestBody(tags=[Tag(key="env", value="ci"), Tag(key="absent", value="x")])))
    tags = client.show_resource_tags(ShowResourceTagsRequest(resource_type=kind, resource_id=connection_id))
    if tags.count != 1 or [(t.key, t.value) for t in tags.tags] != [("team", "data")]:
        fail("the tags are shown as %s" % tags)
    expect_client_error(
        lambda: client.batch_create_resource_tags(BatchCreateResourceTagsRequest(
            resource_type=kind, resource_id=connection_id,
            body=BatchCreateResourceTagsRequestBody(tags=[Tag(key="k%d" % n, value="v") for n in range(21)]))),
        400, "DLI.0001", "1 to 20")
    passed("tags are added, removed (a missing one is no error), shown, and 21 at once refused")

    unbound = client.disassociate_queue_from_enhanced_connection(DisassociateQueueFromEnhancedConnectionRequest(
        connection_id=connection_id,
        body=DisassociateQueueFromEnhancedConnectionRequestBody(elastic_resource_pools=["pool_sdk"])))
    if unbound.is_success is not True:
        fail("unbinding answered %s" % unbound)
    wait_for_pool(client, connection_id, "pool_sdk", None)
    expect_client_error(
        lambda: client.disassociate_queue_from_enhanced_connection(DisassociateQueueFromEnhancedConnectionRequest(
            connection_id=connection_id,
            body=DisassociateQueueFromEnhancedConnectionRequestBody(elastic_resource_pools=["pool_sdk"]))),
        400, "DLI.0001", "is not bound")
    passed("an unbound pool is gone, and unbinding it again is refused")


def datasource_auth(client, endpoint):
    """Every type created, listed without a password, updated and deleted; duplicates and
    missing names refused as DLI does; and, with DLI_BIN, `dli auth` and the SDK agree."""
    bodies = [
        CreateJobAuthInfoRequestBody(auth_info_name="sdk_rds", datasource_type="passwd", user_name="etl",
                                     password="sdk-pw-1"),
        CreateJobAuthInfoRequestBody(auth_info_name="sdk_css", datasource_type="CSS", user_name="admin",
                                     password="sdk-pw-2", certificate_location="obs://creds/css.cer"),
        CreateJobAuthInfoRequestBody(auth_info_name="sdk_mrs", datasource_type="KRB", user_name="krb",
                                     krb5_conf="obs://creds/krb5.conf", keytab="obs://creds/user.keytab"),
        CreateJobAuthInfoRequestBody(auth_info_name="sdk_kafka", datasource_type="Kafka_SSL",
                                     truststore_location="obs://creds/trust.jks", truststore_password="sdk-pw-3",
                                     keystore_location="obs://creds/key.jks", keystore_password="sdk-pw-4",
                                     key_password="sdk-pw-5"),
    ]
    for body in bodies:
        created = client.create_job_auth_info(CreateJobAuthInfoRequest(body=body))
        if not created.is_success:
            fail("creating %s answered %s" % (body.auth_info_name, created))
    listed = client.list_job_auth_infos(ListJobAuthInfosRequest())
    names = [entry.auth_info_name for entry in listed.auth_infos]
    if listed.count != 4 or names != ["sdk_rds", "sdk_css", "sdk_mrs", "sdk_kafka"]:
        fail("the listing was %s" % listed)
    if "sdk-pw" in str(listed.to_dict()):
        fail("a password was listed: %s" % listed)
    kafka = listed.auth_infos[3]
    if (kafka.datasource_type, kafka.keystore_location, kafka.owner) != ("Kafka_SSL", "obs://creds/key.jks", "fake"):
        fail("the Kafka_SSL entry was %s" % kafka)
    paged = client.list_job_auth_infos(ListJobAuthInfosRequest(offset=1, limit=2))
    if [entry.auth_info_name for entry in paged.auth_infos] != ["sdk_css", "sdk_mrs"] or paged.count != 4:
        fail("a page was %s" % paged)
    one = client.list_job_auth_infos(ListJobAuthInfosRequest(auth_info_name="sdk_mrs"))
    if [entry.keytab for entry in one.auth_infos] != ["obs://creds/user.keytab"]:
        fail("listing by name gave %s" % one)
    passed("all four types of datasource authentication are created and listed, without passwords")

    expect_client_error(
        lambda: client.create_job_auth_info(CreateJobAuthInfoRequest(body=bodies[0])), 400, "DLI.0006", "already exists")
    expect_client_error(
        lambda: client.create_job_auth_info(CreateJobAuthInfoRequest(body=CreateJobAuthInfoRequestBody(
            auth_info_name="sdk_bad", datasource_type="KRB", user_name="u"))), 400, "DLI.0001", "krb5_conf")
    expect_client_error(
        lambda: client.delete_job_auth_info(DeleteJobAuthInfoRequest(auth_info_name="sdk_none")),
        400, "DLI.0002", "does not exist")
    passed("a duplicate name, a type without its fields and a missing name are refused")

    update = UpdateJobAuthInfoRequestBody(auth_info_name="sdk_rds", user_name="etl_writer", password="sdk-pw-6")
    if not client.update_job_auth_info(UpdateJobAuthInfoRequest(body=update)).is_success:
        fail("the update failed")
    one = client.list_job_auth_infos(ListJobAuthInfosRequest(auth_info_name="sdk_rds"))
    if [entry.user_name for entry in one.auth_infos] != ["etl_writer"]:
        fail("the update left %s" % one)
    passed("an update changes the user")

    dli = os.environ.get("DLI_BIN")
    if dli:
        env = dict(os.environ, HUAWEICLOUD_SDK_PROJECT_ID=PROJECT_ID, DLI_PASSWORD="dli-pw-1")
        common = ["--endpoint", endpoint]
        subprocess.run([dli, "auth", *common, "create", "dli_made", "--type", "CSS", "--user", "admin",
                        "--certificate", "obs://creds/dli.cer", "--password-env", "DLI_PASSWORD"],
                       env=env, check=True, capture_output=True)
        seen = client.list_job_auth_infos(ListJobAuthInfosRequest(auth_info_name="dli_made")).auth_infos
        if [(e.datasource_type, e.user_name, e.certificate_location) for e in seen] != \
                [("CSS", "admin", "obs://creds/dli.cer")]:
            fail("the SDK read what dli made as %s" % seen)
        shown = subprocess.run([dli, "auth", *common, "list", "-o", "json"], env=env, check=True,
                               capture_output=True, text=True).stdout
        by_dli = {entry["auth_info_name"]: entry for entry in json.loads(shown)}
        by_sdk = {entry.auth_info_name: entry.to_dict() for entry in
                  client.list_job_auth_infos(ListJobAuthInfosRequest()).auth_infos}
        if by_dli.keys() != by_sdk.keys():
            fail("dli lists %s, the SDK %s" % (sorted(by_dli), sorted(by_sdk)))
        for name, entry in by_sdk.items():
            for field, value in entry.items():
                if by_dli[name].get(field) != value:
                    fail("%s.%s: dli shows %r, the SDK %r" % (name, field, by_dli[name].get(field), value))
        subprocess.run([dli, "auth", *common, "delete", "dli_made"], env=env, check=True, capture_output=True)
        passed("dli auth and the SDK agree: each reads what the other made, field by field")

    for body in bodies:
        client.delete_job_auth_info(DeleteJobAuthInfoRequest(auth_info_name=body.auth_info_name))
    if client.list_job_auth_infos(ListJobAuthInfosRequest()).count != 0:
        fail("entries were left")
    passed("every datasource authentication is deleted")


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
    passed("created %s" % connection_id)

    expect_client_error(
        lambda: client.delete_enhanced_connection(DeleteEnhancedConnectionRequest(connection_id=connection_id)),
        400, "DLI.0001", "being created")
    passed("deleting while creating is refused")

    deadline = time.monotonic() + 30
    while True:
        shown = client.show_enhanced_connection(ShowEnhancedConnectionRequest(connection_id=connection_id))
        if shown.status == "ACTIVE":
            break
        if shown.status != "CREATING" or time.monotonic() > deadline:
            fail("the connection did not become ACTIVE: %s" % shown)
        time.sleep(0.2)
    passed("the connection is active")

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
    passed("host entries are set, refused when invalid, and cleared")

    the_rest_of_the_group(client, connection_id)

    deleted = client.delete_enhanced_connection(DeleteEnhancedConnectionRequest(connection_id=connection_id))
    if deleted.is_success is not True or deleted.message != "Deleted":
        fail("delete answered %s" % deleted)
    passed("deleted")

    expect_client_error(
        lambda: client.delete_enhanced_connection(DeleteEnhancedConnectionRequest(connection_id=connection_id)),
        400, "DLI.0001", "Connection %s is not exist" % connection_id)
    passed("deleting again reports that it does not exist")

    shown = client.show_enhanced_connection(ShowEnhancedConnectionRequest(connection_id=connection_id))
    if shown.status != "DELETED":
        fail("a deleted connection shows as %s" % shown.status)
    passed("it is shown as DELETED")

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
    passed("listing pages through every connection")

    deleted_only = client.list_enhanced_connections(ListEnhancedConnectionsRequest(status="DELETED"))
    if [connection.id for connection in deleted_only.connections] != [connection_id]:
        fail("status=DELETED listed %s" % deleted_only)
    creating = client.list_enhanced_connections(ListEnhancedConnectionsRequest(status="creating", name="sdk_page"))
    if creating.count != len(names):
        fail("status=creating with a name listed %s" % creating)
    passed("listing filters by status, ignoring case, and by name")

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
    passed("a wrong secret key is refused with 401 APIGW.0301")

    datasource_auth(client, endpoint)


if __name__ == "__main__":
    try:
        main()
    except CheckFailed:
        pass
    print("official SDK: %d passed, %d failed" % (len(PASSED), len(FAILED)))
    sys.exit(1 if FAILED or not PASSED else 0)
