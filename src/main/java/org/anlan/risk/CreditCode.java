package org.anlan.risk;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from {@value #ALPHABET} — registration authority,
 * organisation type, six-digit administrative division, nine-character organisation code and a check
 * character computed over the first 17 with weights 3^(i) mod 31.
 */
final class CreditCode {

  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  private CreditCode() {}

  /** Whether {@code code} (upper case, no spaces) has the form of GB 32100-2015 and a correct check character. */
  static boolean isValid(String code) {
    if (code == null || code.length() != 18) {
      return false;
    }
    for (int i = 0; i < 18; i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0 || (i >= 2 && i < 8 && !Character.isDigit(code.charAt(i)))) {
        return false;
      }
    }
    return checkCharacter(code.substring(0, 17)) == code.charAt(17);
  }

  /** The check character of the first 17 characters (all from the alphabet). */
  static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }
}
