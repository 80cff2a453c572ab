/**
 * JUnit 5 extensions that start a fake exchange and a client signed with a key it accepts, new for
 * every test.
 */
package dev.signet.testkit.junit;
