//! Dates: normalised to `YYYY`, `YYYY-MM` or `YYYY-MM-DD` where they can be read.

use rhetor_ingest::normalize_date;

#[test]
fn readable_dates_are_normalised() {
    let cases = [
        ("2021-05-20", "2021-05-20"),
        ("2021-05-20T10:00:00Z", "2021-05-20"),
        ("2021-05-20T23:30:00-05:00", "2021-05-20"),
        ("2021-05-20 10:00", "2021-05-20"),
        ("2021-5-2", "2021-05-02"),
        ("2021/05/20", "2021/05/20"),
        ("20.05.2021", "2021-05-20"),
        ("Thu, 20 May 2021 10:00:00 +0000", "2021-05-20"),
        ("May 20, 2021", "2021-05-20"),
        ("20 May 2021", "2021-05-20"),
        ("Thursday, May 20, 2021", "2021-05-20"),
        ("Sept. 3, 2019", "2019-09-03"),
        ("3rd September 2019", "2019-09-03"),
        ("May 2021", "2021-05"),
        ("2021-05", "2021-05"),
        ("1990", "1990"),
        ("  1990 ", "1990"),
    ];
    for (raw, expected) in cases {
        let expected = expected.replace('/', "-");
        assert_eq!(normalize_date(raw).as_deref(), Some(expected.as_str()), "{raw:?}");
    }
}

#[test]
fn unreadable_dates_are_not_normalised() {
    for raw in [
        "",
        "spring 2021",
        "2021-02-30",
        "2021-13",
        "20/05/2021",
        "May 32, 2021",
        "99",
        "yesterday",
    ] {
        assert_eq!(normalize_date(raw), None, "{raw:?}");
    }
}
