/**
 * The mutation-testing report: PIT's {@code mutations.xml} of the three library modules merged into one
 * union and held to the thresholds ({@code mvn -B -Pmutation verify}).
 *
 * <pre>{@code
 * MutationSummary s = MutationSummary.load(root, "core,binance-client,kraken-client", ClassGlobs.parse(focus));
 * }</pre>
 */
package dev.signet.mutation;
