package io.toolwright.contract.alike;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.toolwright.contract.alike.WordsAlike.Alike;
import io.toolwright.contract.alike.WordsAlike.Words;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The {@code tools-alike} measure itself, on words as the processor makes them (lower case, each
 * reduced to its key, stop and generic words left out): which pairs a model cannot tell apart and
 * which it can. The processor's lint and {@code toolwright:report} both decide with it, so a change
 * here changes both.
 */
class WordsAlikeTest {
  private static final int THRESHOLD = 90;

  /**
   * A tool's words: its name split at {@code _} (each word its own key, unless given as
   * {@code form=key}), its MCP name without case and separators, its description words likewise.
   */
  private static Words tool(String name, String... descriptionWords) {
    Set<String> nameKeys = new LinkedHashSet<>();
    for (String word : name.split("_")) {
      nameKeys.add(key(word.toLowerCase(java.util.Locale.ROOT)));
    }
    Map<String, String> description = new LinkedHashMap<>();
    for (String word : descriptionWords) {
      description.putIfAbsent(key(word), form(word));
    }
    return new Words(name, nameKeys, name.replace("_", "").replace("-", "").toLowerCase(java.util.Locale.ROOT),
        description);
  }

  private static Words tool(String name, Set<String> nameKeys, String... descriptionWords) {
    Words words = tool(name, descriptionWords);
    return new Words(name, nameKeys, words.mcpName(), words.descriptionWords());
  }

  /** {@code stores=store}: the form {@code stores} whose key is {@code store}; else the word is both. */
  private static String key(String word) {
    return word.contains("=") ? word.substring(word.indexOf('=') + 1) : word;
  }

  private static String form(String word) {
    return word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
  }

  /** Nine shared words and one of each tool's own: a cosine of 0.9 exactly. */
  private static String[] nineSharedAnd(String own) {
    List<String> words = new java.util.ArrayList<>(
        List.of("locate", "nearby", "open", "now", "within", "radius", "kilometre", "given", "position"));
    words.add(own);
    return words.toArray(String[]::new);
  }

  @Test
  void namesWithTheSameWordsInAnotherOrderAreAlike() {
    Alike alike = WordsAlike.compare(tool("list_invoices"), tool("invoices_list"), THRESHOLD);

    assertThat(alike).isEqualTo(new Alike(true, 1, null));
  }

  @Test
  void namesWhoseWordsHaveTheSameKeysAreAlikeThoughSpelledApart() {
    // The processor keys "invoices" and "invoice" alike (plurals): the names differ, their words do not.
    Words plural = tool("list_invoices", Set.of("list", "invoice"));
    Words singular = tool("list_invoice", Set.of("list", "invoice"));

    assertThat(WordsAlike.compare(plural, singular, THRESHOLD)).isNotNull()
        .extracting(Alike::byName).isEqualTo(true);
  }

  @Test
  void namesThatDifferOnlyInCaseOrSeparatorsAreLeftToTheMcpNameRule() {
    // Same key set and same MCP name: that pair is mcp-name's error, not tools-alike's.
    Words snake = tool("get_invoice");
    Words camel = new Words("getInvoice", Set.of("get", "invoice"), "getinvoice", Map.of());

    assertThat(WordsAlike.compare(snake, camel, THRESHOLD)).isNull();
  }

  @Test
  void theSameNameIsLeftToTheDuplicateNameRuleButItsDescriptionsAreStillCompared() {
    assertThat(WordsAlike.compare(tool("get_invoice"), tool("get_invoice"), THRESHOLD)).isNull();

    Alike alike = WordsAlike.compare(tool("get_invoice", "show", "invoice"), tool("get_invoice", "show", "invoice"),
        THRESHOLD);
    assertThat(alike).isNotNull();
    assertThat(alike.byName()).isFalse();
  }

  @Test
  void namesWithAWordOfTheirOwnAreNotAlikeByName() {
    assertThat(WordsAlike.compare(tool("list_invoices"), tool("list_payments"), THRESHOLD)).isNull();
    assertThat(WordsAlike.compare(tool("list_invoices"), tool("list_open_invoices"), THRESHOLD)).isNull();
    assertThat(WordsAlike.compare(tool("invoices"), tool("invoices_list"), THRESHOLD)).isNull();
  }

  @Test
  void oneWordNamesAreAlikeOnlyWhenTheirKeysAreEqual() {
    assertThat(WordsAlike.compare(tool("invoices", Set.of("invoice")), tool("invoice"), THRESHOLD))
        .extracting(Alike::byName).isEqualTo(true);
    assertThat(WordsAlike.compare(tool("invoice"), tool("payment"), THRESHOLD)).isNull();
  }

  @Test
  void keysAreComparedAsGivenSoTheCallerFoldsCaseAndStems() {
    // WordsAlike neither lower-cases nor stems: the processor does, before it writes the words.
    Words upper = new Words("find_near", Set.of("find", "near"), "findnear", Map.of("Stores", "Stores"));
    Words lower = new Words("locate_shop", Set.of("locate", "shop"), "locateshop", Map.of("stores", "stores"));

    assertThat(WordsAlike.cosine(upper.descriptionWords().keySet(), lower.descriptionWords().keySet())).isZero();
    assertThat(WordsAlike.compare(upper, lower, THRESHOLD)).isNull();
  }

  @Test
  void descriptionsAtTheThresholdAreAlikeAndBelowItAreNot() {
    Words stores = tool("find_nearby", nineSharedAnd("stores=store"));
    Words shops = tool("find_near", nineSharedAnd("shops=shop"));

    Alike alike = WordsAlike.compare(stores, shops, 90);
    assertThat(alike).isNotNull();
    assertThat(alike.byName()).isFalse();
    assertThat(alike.similarity()).isCloseTo(0.9, within(1e-12));
    assertThat(alike.why()).isEqualTo("what differs (\"stores\", \"shops\") is not in both tools' names");
    assertThat(WordsAlike.compare(stores, shops, 91)).isNull();
    assertThat(WordsAlike.compare(stores, shops, 89)).isNotNull();
  }

  @Test
  void descriptionsAreSetApartWhenEachOwnWordIsInItsToolsName() {
    // "Locate nearby stores" as store_find_nearby and "... libraries" as library_find_nearby: the
    // one word that differs is the word each name stands on.
    Words stores = tool("store_find_nearby", nineSharedAnd("stores=store"));
    Words libraries = tool("library_find_nearby", nineSharedAnd("libraries=library"));

    assertThat(WordsAlike.compare(stores, libraries, THRESHOLD)).isNull();
  }

  @Test
  void oneNameRepeatingItsOwnWordIsNotEnough() {
    Words stores = tool("store_find_nearby", nineSharedAnd("stores=store"));
    Words shops = tool("find_nearby_places", nineSharedAnd("shops=shop"));

    Alike alike = WordsAlike.compare(stores, shops, THRESHOLD);
    assertThat(alike).isNotNull();
    assertThat(alike.why()).contains("\"stores\"", "\"shops\"");
  }

  @Test
  void theSameWordsInBothDescriptionsSayNothingApart() {
    Alike alike = WordsAlike.compare(tool("open_ticket", "report", "problem", "customer"),
        tool("file_issue", "customer", "problem", "report"), THRESHOLD);

    assertThat(alike).isEqualTo(new Alike(false, 1.0, "neither says a thing the other does not"));
  }

  @Test
  void whyNamesTheFormsFirstWrittenNotTheKeys() {
    Words a = tool("get_rates", "show", "exchange", "rates=rate", "rates=rate", "currencies=currency", "today");
    Words b = tool("show_prices", "show", "exchange", "rate", "currency", "today", "prices=price");

    Alike alike = WordsAlike.compare(a, b, 80);
    assertThat(alike).isNotNull();
    assertThat(alike.why()).isEqualTo("what differs (\"prices\") is not in both tools' names");
  }

  @Test
  void anEmptyDescriptionIsNeverAlike() {
    assertThat(WordsAlike.compare(tool("get_invoice"), tool("show_bill", "show", "bill"), 0)).isNull();
    assertThat(WordsAlike.compare(tool("get_invoice"), tool("show_bill"), 0)).isNull();
  }

  @Test
  void oneWordDescriptionsAreAlikeOnlyWhenTheWordIsTheSame() {
    assertThat(WordsAlike.compare(tool("get_invoice", "invoice"), tool("show_bill", "invoice"), THRESHOLD))
        .isNotNull();
    assertThat(WordsAlike.compare(tool("get_invoice", "invoice"), tool("show_bill", "bill"), THRESHOLD)).isNull();
  }

  @Test
  void theVerdictIsTheSameWhicheverToolComesFirst() {
    Words stores = tool("find_nearby", nineSharedAnd("stores=store"));
    Words shops = tool("find_near", nineSharedAnd("shops=shop"));

    Alike ab = WordsAlike.compare(stores, shops, THRESHOLD);
    Alike ba = WordsAlike.compare(shops, stores, THRESHOLD);
    assertThat(ab.similarity()).isEqualTo(ba.similarity());
    assertThat(ba.why()).isEqualTo("what differs (\"shops\", \"stores\") is not in both tools' names");
  }

  @Test
  void cosineOfTwoWordSets() {
    Set<String> abc = Set.of("a", "b", "c");

    assertThat(WordsAlike.cosine(abc, abc)).isEqualTo(1.0);
    assertThat(WordsAlike.cosine(abc, Set.of("x", "y"))).isZero();
    assertThat(WordsAlike.cosine(abc, Set.of())).isZero();
    assertThat(WordsAlike.cosine(Set.of(), Set.of())).isZero();
    assertThat(WordsAlike.cosine(abc, Set.of("a", "b", "d", "e"))).isCloseTo(2 / Math.sqrt(12), within(1e-12));
    assertThat(WordsAlike.cosine(Set.of("a"), abc)).isEqualTo(WordsAlike.cosine(abc, Set.of("a")));
  }

  @Test
  void wordsAreCopiedSoTheCallersCollectionsCannotChangeThem() {
    Set<String> nameKeys = new LinkedHashSet<>(Arrays.asList("get", "invoice"));
    Map<String, String> description = new HashMap<>(Map.of("invoice", "invoice"));
    Words words = new Words("get_invoice", nameKeys, "getinvoice", description);
    nameKeys.add("later");
    description.put("later", "later");

    assertThat(words.nameKeys()).containsExactlyInAnyOrder("get", "invoice");
    assertThat(words.descriptionWords()).containsOnlyKeys("invoice");
    assertThatThrownBy(() -> words.descriptionWords().put("x", "x")).isInstanceOf(UnsupportedOperationException.class);
  }
}
