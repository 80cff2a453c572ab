/**
 * {@link dev.signet.testkit.limit.LimitStoreContract}: the JUnit 5 test every
 * {@code dev.signet.core.limit.LimitStore} implementation extends.
 */
package dev.signet.testkit.limit;
