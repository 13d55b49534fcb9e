//! The regions DLI is offered in and their official endpoints. A leaf: it depends on nothing
//! else in this crate.

/// Every region DLI is offered in, as listed by Huawei Cloud.
pub const REGIONS: [&str; 28] = [
    "af-north-1",
    "af-south-1",
    "ae-ad-1",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "ap-southeast-4",
    "cn-east-2",
    "cn-east-3",
    "cn-east-4",
    "cn-east-5",
    "cn-north-1",
    "cn-north-2",
    "cn-north-4",
    "cn-north-9",
    "cn-south-1",
    "cn-southwest-2",
    "eu-west-0",
    "eu-west-101",
    "la-north-2",
    "la-south-2",
    "me-east-1",
    "my-kualalumpur-1",
    "na-mexico-1",
    "ru-moscow-1",
    "ru-northwest-2",
    "sa-brazil-1",
    "tr-west-1",
];

/// The official endpoint of a region, or `None` for a region DLI is not offered in.
pub fn region_endpoint(region: &str) -> Option<String> {
    if !REGIONS.contains(&region) {
        return None;
    }
    // eu-west-101 (Dublin) is served from the `.eu` domain.
    let domain = if region == "eu-west-101" {
        "myhuaweicloud.eu"
    } else {
        "myhuaweicloud.com"
    };
    Some(format!("https://dli.{region}.{domain}"))
}

/// The variable that overrides a region's endpoint, as the official SDKs name it:
/// `HUAWEICLOUD_SDK_REGION_DLI_CN_NORTH_4` for `cn-north-4`.
pub fn region_override_variable(region: &str) -> String {
    format!(
        "HUAWEICLOUD_SDK_REGION_DLI_{}",
        region.to_ascii_uppercase().replace('-', "_")
    )
}
