/**
 * The {@code signet} command: the demo bot against embedded fakes, raw signed calls and signing
 * tools. An application, not a library.
 */
package dev.signet.cli;
