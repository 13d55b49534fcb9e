//! The store's lifecycle, projects and listing.
use super::*;

fn spec(name: &str) -> NewConnection {
    NewConnection {
        name: name.to_owned(),
        dest_vpc_id: "vpc".to_owned(),
        dest_network_id: "net".to_owned(),
        ..NewConnection::default()
    }
}

#[test]
fn lifecycle_creating_active_deleted() {
    let store = Store::new(Duration::from_millis(50));
    let id = store.create("p", spec("a")).expect("created");
    assert_eq!(store.delete("p", id), Err(DeleteError::Creating));
    std::thread::sleep(Duration::from_millis(60));
    assert_eq!(store.delete("p", id), Ok(()));
    assert_eq!(store.delete("p", id), Err(DeleteError::NotFound));
    let shown = store.get("p", id).expect("soft deleted");
    assert_eq!(shown.status(Instant::now()), Status::Deleted);
}

#[test]
fn projects_are_separate() {
    let store = Store::new(Duration::ZERO);
    let id = store.create("p1", spec("a")).expect("created");
    assert!(store.get("p2", id).is_none());
    assert_eq!(store.delete("p2", id), Err(DeleteError::NotFound));
    assert!(
        store.create("p2", spec("a")).is_ok(),
        "names are per project"
    );
    assert_eq!(store.create("p1", spec("a")), Err(CreateError::NameTaken));
}

#[test]
fn a_project_sees_what_another_granted_it_and_changes_only_its_own() {
    let store = Store::new(Duration::ZERO);
    let id = store.create("owner", spec("shared")).expect("created");
    assert!(store.get("guest", id).is_none());
    assert!(!store.get("owner", id).expect("own").is_granted());
    let bind = ["BIND_QUEUE".to_owned()];
    assert!(store.authorize("owner", id, "guest", Some(true), &bind));
    assert!(store.get("owner", id).expect("own").is_granted());
    assert_eq!(store.get("guest", id).map(|c| c.id), Some(id));
    let (listed, count) = store.list("guest", &ListFilter::default(), 0, None);
    assert_eq!((listed.len(), count), (1, 1));
    assert_eq!(
        store.grants("guest", id).map(|held| held.len()),
        Some(1),
        "its privileges are shown"
    );
    assert!(store.get("stranger", id).is_none());
    assert_eq!(store.delete("guest", id), Err(DeleteError::NotFound));
    assert!(!store.change_tags("guest", id, &[], true));
    // Revoked, it is gone from the guest's view.
    assert!(store.authorize("owner", id, "guest", Some(false), &bind));
    assert!(store.get("guest", id).is_none());
    assert!(
        store
            .list("guest", &ListFilter::default(), 0, None)
            .0
            .is_empty()
    );
}

#[test]
fn listing_filters_and_pages() {
    let store = Store::new(Duration::ZERO);
    for name in ["alpha", "beta", "alphabet"] {
        store.create("p", spec(name)).expect("created");
    }
    let deleted = store.create("p", spec("gone")).expect("created");
    store.delete("p", deleted).expect("deleted");
    let (all, count) = store.list("p", &ListFilter::default(), 0, None);
    assert_eq!((all.len(), count), (3, 3));
    let by_name = ListFilter {
        name: Some("alpha".into()),
        ..ListFilter::default()
    };
    assert_eq!(store.list("p", &by_name, 0, None).1, 2);
    let only_deleted = ListFilter {
        status: Some("deleted".into()),
        ..ListFilter::default()
    };
    let (page, count) = store.list("p", &only_deleted, 0, None);
    assert_eq!((page[0].id, count), (deleted, 1));
    let (page, count) = store.list("p", &ListFilter::default(), 1, Some(1));
    assert_eq!((page.len(), count), (1, 3));
}
