package de.cloudhub.order.testing;

import de.cloudhub.order.drafts.AccountKey;

/** Accounts for tests of the local store: two people on one endpoint, and one on another. */
public final class TestAccounts {
    /** The sandbox's demo customer (token {@code demo-customer}). */
    public static final AccountKey A = AccountKey.demo("u-2001");
    /** The sandbox's other demo customer (token {@code demo-customer-2}). */
    public static final AccountKey B = AccountKey.demo("u-2002");
    /** The same user id as {@link #A} on a real endpoint: another account. */
    public static final AccountKey ELSEWHERE = new AccountKey("https://api.example", "u-2001");

    private TestAccounts() {
    }
}
