//! IPv4 addresses and networks as DLI takes them (host entries, routes): one strict parser,
//! used by the client before anything is sent and by `dli` where the text enters.

use std::fmt;
use std::net::Ipv4Addr;
use std::str::FromStr;

/// Text that is not an IPv4 address or network as DLI takes it; the message says why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct InvalidNetwork(String);

/// The longest text shown back in an error.
const SHOWN: usize = 64;

fn shown(text: &str) -> String {
    text.chars().take(SHOWN).collect()
}

/// An IPv4 address in dotted decimal, four parts, no leading zeros, such as `192.168.0.21`.
///
/// ```
/// assert!(dli_client::network::ipv4("192.168.0.21").is_ok());
/// assert!(dli_client::network::ipv4("192.168.0").is_err());
/// assert!(dli_client::network::ipv4("192.168.000.21").is_err());
/// ```
pub fn ipv4(text: &str) -> Result<Ipv4Addr, InvalidNetwork> {
    text.parse::<Ipv4Addr>().map_err(|_| {
        InvalidNetwork(format!(
            "{:?} is not an IPv4 address such as 192.168.0.21",
            shown(text)
        ))
    })
}

/// An IPv4 network: its address, with no host bits set, and its prefix length, such as
/// `192.168.0.0/24`.
///
/// ```
/// use dli_client::network::Cidr;
///
/// let office: Cidr = "192.168.0.0/24".parse()?;
/// assert_eq!(office.to_string(), "192.168.0.0/24");
/// let error = "192.168.0.7/24".parse::<Cidr>().unwrap_err();
/// assert!(error.to_string().contains("192.168.0.0/24"));
/// # Ok::<(), dli_client::network::InvalidNetwork>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Cidr {
    network: Ipv4Addr,
    prefix: u8,
}

impl Cidr {
    /// The network's address.
    pub fn network(self) -> Ipv4Addr {
        self.network
    }

    /// The prefix length, 0 to 32.
    pub fn prefix(self) -> u8 {
        self.prefix
    }
}

impl FromStr for Cidr {
    type Err = InvalidNetwork;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let wrong = || {
            InvalidNetwork(format!(
                "{:?} is not an IPv4 network such as 192.168.0.0/24",
                shown(text)
            ))
        };
        let (address, prefix) = text.split_once('/').ok_or_else(wrong)?;
        let address: Ipv4Addr = address.parse().map_err(|_| wrong())?;
        if prefix.is_empty()
            || !prefix.bytes().all(|byte| byte.is_ascii_digit())
            || prefix.len() > 2
        {
            return Err(wrong());
        }
        let prefix: u8 = prefix.parse().map_err(|_| wrong())?;
        if prefix > 32 {
            return Err(wrong());
        }
        let mask = u32::MAX.checked_shl(32 - u32::from(prefix)).unwrap_or(0);
        let network = Ipv4Addr::from(u32::from(address) & mask);
        if network != address {
            return Err(InvalidNetwork(format!(
                "{text}: the address has host bits set; the network is {network}/{prefix}"
            )));
        }
        Ok(Self { network, prefix })
    }
}

impl fmt::Display for Cidr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.network, self.prefix)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn networks_are_parsed_strictly() {
        #[rustfmt::skip]
        let table: &[(&str, Result<&str, &str>)] = &[
            ("192.168.0.0/24",   Ok("192.168.0.0/24")),
            ("10.0.0.0/8",       Ok("10.0.0.0/8")),
            ("0.0.0.0/0",        Ok("0.0.0.0/0")),
            ("10.1.2.3/32",      Ok("10.1.2.3/32")),
            ("10.1.2.128/25",    Ok("10.1.2.128/25")),
            // Host bits: refused, naming the network meant.
            ("192.168.0.7/24",   Err("the network is 192.168.0.0/24")),
            ("10.1.2.3/0",       Err("the network is 0.0.0.0/0")),
            ("10.1.2.129/25",    Err("the network is 10.1.2.128/25")),
            // Not a network at all.
            ("10.0.0.0",         Err("not an IPv4 network")),
            ("10.0.0.0/33",      Err("not an IPv4 network")),
            ("10.0.0.0/",        Err("not an IPv4 network")),
            ("10.0.0.0/+8",      Err("not an IPv4 network")),
            ("10.0.0.0/008",     Err("not an IPv4 network")),
            ("10.0.0/8",         Err("not an IPv4 network")),
            ("010.0.0.0/8",      Err("not an IPv4 network")),
            (" 10.0.0.0/8",      Err("not an IPv4 network")),
            ("::/0",             Err("not an IPv4 network")),
        ];
        for (text, expected) in table {
            match (text.parse::<Cidr>(), expected) {
                (Ok(cidr), Ok(shown)) => assert_eq!(cidr.to_string(), *shown, "{text}"),
                (Err(error), Err(fragment)) => {
                    assert!(error.to_string().contains(fragment), "{text}: {error}");
                }
                (got, _) => panic!("{text}: {got:?}, expected {expected:?}"),
            }
        }
    }

    #[test]
    fn addresses_are_parsed_strictly() {
        assert_eq!(ipv4("192.168.0.21"), Ok(Ipv4Addr::new(192, 168, 0, 21)));
        for bad in [
            "",
            "192.168.0",
            "192.168.0.256",
            "192.168.00.1",
            "1.2.3.4 ",
            "::1",
            "a.b.c.d",
        ] {
            let error = ipv4(bad).expect_err(bad).to_string();
            assert!(error.contains("is not an IPv4 address"), "{bad}: {error}");
        }
    }
}
