package dev.signet.kraken.trading;

/**
 * Kraken's order time specifications ({@code starttm}, {@code expiretm}): {@code 0} for now, a unix
 * time in seconds, or {@code +<seconds>} from now. Example: {@code TimeSpec.check("+60", "expiretm")}.
 */
final class TimeSpec {
  private TimeSpec() {}

  /**
   * Returns {@code spec} when it is one of Kraken's forms.
   *
   * @param spec the value given
   * @param name the parameter, for the message
   * @return {@code spec}, unchanged
   * @throws IllegalArgumentException naming the parameter and the accepted forms
   */
  static String check(String spec, String name) {
    if (spec == null || !spec.matches("0|\\+?[0-9]+")) {
      throw new IllegalArgumentException(name + " '" + spec + "' must be 0, a unix time in seconds, or +<seconds>.");
    }
    return spec;
  }
}
