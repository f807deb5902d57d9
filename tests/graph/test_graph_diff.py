"""graph.diff.diff_snapshots."""

from graph import OrgData, OrgDiff, PersonNode, diff_snapshots


def test_every_kind_of_change() -> None:
    before = OrgData(
        people=[
            PersonNode(1, "Wang", role="KI", support=0),
            PersonNode(2, "Li", competitor="Acme", insider=True),
            PersonNode(3, "Chen", coach=False, manager_id=1),
            PersonNode(4, "Gone"),
        ]
    )
    after = OrgData(
        people=[
            PersonNode(5, "New"),
            PersonNode(3, "Chen", coach=True, manager_id=None),
            PersonNode(2, "Li", competitor="Bolt", insider=False),
            PersonNode(1, "Wang (renamed)", role="KDM", support=2),
            PersonNode(6, "Also new"),
        ]
    )
    d = diff_snapshots(before, after)
    assert d == OrgDiff(
        joined=(5, 6),
        left=(4,),
        role_changed=((1, "KI", "KDM"),),
        support_changed=((1, 0, 2),),
        competitor_changed=((2, "Acme", "Bolt"),),
        insider_changed=((2, True, False),),
        coach_changed=((3, False, True),),
        manager_changed=((3, 1, None),),
    )
    assert d and d.changed_people == (1, 2, 3)
    back = diff_snapshots(after, before)
    assert back.joined == (4,) and back.left == (5, 6)
    assert back.competitor_changed == ((2, "Bolt", "Acme"),)


def test_no_change() -> None:
    data = OrgData(people=[PersonNode(1, "A", role="KDM")])
    d = diff_snapshots(data, data)
    assert not d and d == OrgDiff() and d.changed_people == ()
    # name and title changes are not decision-chain changes
    renamed = OrgData(people=[PersonNode(1, "B", title="CEO", role="KDM")])
    assert not diff_snapshots(data, renamed)
