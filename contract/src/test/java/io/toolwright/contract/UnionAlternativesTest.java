package io.toolwright.contract;

import static io.toolwright.contract.Tools.byName;
import static io.toolwright.contract.Tools.object;
import static io.toolwright.contract.Tools.tool;
import static io.toolwright.contract.Tools.withOutput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code anyOf}/{@code oneOf} alternatives are paired by what they are, not by where they stand:
 * reordering is no change, an insertion in the middle is one alternative added, and a changed
 * alternative is compared with the one it was.
 */
class UnionAlternativesTest {
  private static final String TEXT = "{'type':'string','maxLength':20}";
  private static final String COUNT = "{'type':'integer','minimum':0}";
  private static final String FLAG = "{'type':'boolean'}";
  private static final String CARD = "{'type':'object','properties':{'kind':{'const':'card'},'last4':{'type':'string'}},"
      + "'required':['kind','last4'],'additionalProperties':false}";
  private static final String IBAN = "{'type':'object','properties':{'kind':{'const':'iban'},'iban':{'type':'string'}},"
      + "'required':['kind','iban'],'additionalProperties':false}";
  private static final String CASH = "{'type':'object','properties':{'kind':{'const':'cash'},'note':{'type':'string'}},"
      + "'required':['kind'],'additionalProperties':false}";

  /** A tool whose parameter {@code p} is {@code anyOf} the alternatives. */
  private static String union(String keyword, String... alternatives) {
    return object("'p':{'" + keyword + "':[" + String.join(",", alternatives) + "]}", "p");
  }

  private static List<Change> changes(String before, String after) {
    return ContractComparator.compare(byName(tool("t", before)), byName(tool("t", after))).changes();
  }

  @Test
  void reorderedAlternativesAreNoChange() {
    assertThat(changes(union("anyOf", TEXT, COUNT, FLAG), union("anyOf", FLAG, TEXT, COUNT))).isEmpty();
    assertThat(changes(union("oneOf", CARD, IBAN, CASH), union("oneOf", CASH, CARD, IBAN))).isEmpty();
  }

  @Test
  void alternativeInsertedInTheMiddleIsOneAddition() {
    List<Change> changes = changes(union("anyOf", TEXT, COUNT), union("anyOf", TEXT, FLAG, COUNT));
    assertThat(changes).extracting(Change::kind, Change::pointer, Change::detail).containsExactly(
        tuple(ChangeKind.TYPE_WIDENED, "/properties/p/anyOf/1", "anyOf alternative {\"type\":\"boolean\"} added"));
  }

  @Test
  void removedAlternativeIsNarrowedForInputsAndNarrowedForOutputs() {
    String before = union("oneOf", CARD, IBAN, CASH);
    String after = union("oneOf", CARD, CASH);
    List<Change> input = changes(before, after);
    assertThat(input).extracting(Change::kind, Change::pointer).containsExactly(
        tuple(ChangeKind.TYPE_NARROWED, "/properties/p/oneOf/1"));
    assertThat(input.get(0).verdict()).isEqualTo(Verdict.BREAKING);
    assertThat(input.get(0).detail()).startsWith("oneOf alternative {\"type\":\"object\",\"properties\":{\"kind\"")
        .endsWith(" removed");

    ContractDiff output = ContractComparator.compare(byName(withOutput("t", before)), byName(withOutput("t", after)));
    assertThat(output.changes()).extracting(Change::kind).containsExactly(ChangeKind.OUTPUT_TYPE_NARROWED);
    assertThat(output.isBreaking()).isFalse();
  }

  @Test
  void changedAlternativeIsComparedWithTheOneItWas() {
    String shorter = TEXT.replace("20", "10");
    List<Change> changes = changes(union("anyOf", TEXT, COUNT), union("anyOf", COUNT, shorter));
    assertThat(changes).extracting(Change::kind, Change::pointer, Change::detail).containsExactly(
        tuple(ChangeKind.CONSTRAINT_TIGHTENED, "/properties/p/anyOf/1", "maxLength 20 -> 10"));
  }

  @Test
  void variantsOfATaggedUnionArePairedByTheirTag() {
    // The card variant loses "last4" and the cash variant moves: the pair is found by kind=card.
    String card = CARD.replace(",'last4':{'type':'string'}", ",'brand':{'type':'string'}").replace("'last4'", "'brand'");
    List<Change> changes = changes(union("oneOf", CARD, IBAN, CASH), union("oneOf", CASH, IBAN, card));
    assertThat(changes).extracting(Change::kind, Change::pointer).containsExactly(
        tuple(ChangeKind.PARAMETER_RENAMED, "/properties/p/oneOf/2/properties/last4"));
  }

  @Test
  void alternativesOfDifferentTagsAreNeverPaired() {
    // Same shape, other tag: the iban variant is gone and a new one came, not "iban changed".
    String wire = IBAN.replace("'iban'}", "'wire'}");
    List<Change> changes = changes(union("oneOf", CARD, IBAN), union("oneOf", CARD, wire));
    assertThat(changes).extracting(Change::kind, Change::pointer).containsExactly(
        tuple(ChangeKind.TYPE_NARROWED, "/properties/p/oneOf/1"),
        tuple(ChangeKind.TYPE_WIDENED, "/properties/p/oneOf/1"));
  }

  @Test
  void referencedAlternativesArePairedByTheirDefinition() {
    String defs = ",'$defs':{'Card':" + CARD + ",'Iban':" + IBAN + "}}";
    String before = "{'type':'object','properties':{'p':{'anyOf':[{'$ref':'#/$defs/Card'},{'$ref':'#/$defs/Iban'}]}},"
        + "'required':['p'],'additionalProperties':false" + defs;
    String after = before.replace("[{'$ref':'#/$defs/Card'},{'$ref':'#/$defs/Iban'}]",
        "[{'$ref':'#/$defs/Iban'},{'$ref':'#/$defs/Card'}]").replace("'required':['kind','iban']", "'required':['kind']");
    assertThat(changes(before, after)).extracting(Change::kind, Change::pointer).containsExactly(
        tuple(ChangeKind.PARAMETER_MADE_OPTIONAL, "/properties/p/anyOf/0/properties/iban"));
  }

  @Test
  void aTypeThatBecomesAUnionKeepsItsAlternative() {
    List<Change> widened = changes(object("'p':" + TEXT, "p"), union("anyOf", COUNT, TEXT));
    assertThat(widened).extracting(Change::kind, Change::pointer).containsExactly(
        tuple(ChangeKind.TYPE_WIDENED, "/properties/p/anyOf/0"));
    List<Change> narrowed = changes(union("anyOf", COUNT, TEXT), object("'p':" + TEXT.replace("20", "30"), "p"));
    assertThat(narrowed).extracting(Change::kind, Change::pointer).containsExactlyInAnyOrder(
        tuple(ChangeKind.TYPE_NARROWED, "/properties/p/anyOf/0"),
        tuple(ChangeKind.CONSTRAINT_LOOSENED, "/properties/p"));
  }

  @Test
  void anyOfMadeOneOfIsTightenedForInputsAndLoosenedTheOtherWay() {
    List<Change> tightened = changes(union("anyOf", TEXT, COUNT), union("oneOf", COUNT, TEXT));
    assertThat(tightened).extracting(Change::kind, Change::pointer).containsExactly(
        tuple(ChangeKind.CONSTRAINT_TIGHTENED, "/properties/p"));
    List<Change> loosened = changes(union("oneOf", TEXT, COUNT), union("anyOf", TEXT, COUNT));
    assertThat(loosened).extracting(Change::kind).containsExactly(ChangeKind.CONSTRAINT_LOOSENED);
  }

  @Test
  void alikeAlternativesArePairedByPositionWhenNothingElseTellsThemApart() {
    // Two strings that both changed the same way: no content tells which was which, so the nearer
    // positions pair, and each reports its own change, not a removal and an addition.
    String date = "{'type':'string','format':'date'}";
    String time = "{'type':'string','format':'time'}";
    List<Change> changes = changes(union("anyOf", date, time),
        union("anyOf", date.replace("date", "date-time"), time.replace("time'", "partial-time'")));
    assertThat(changes).extracting(Change::kind, Change::pointer).containsExactly(
        tuple(ChangeKind.CONSTRAINT_TIGHTENED, "/properties/p/anyOf/0"),
        tuple(ChangeKind.CONSTRAINT_TIGHTENED, "/properties/p/anyOf/1"));
  }

  @Test
  void nullLeftOutOfAUnionIsNarrowed() {
    List<Change> changes = changes(union("anyOf", TEXT, COUNT, "{'type':'null'}"), union("anyOf", COUNT, TEXT));
    assertThat(changes).extracting(Change::kind, Change::pointer, Change::detail).containsExactly(
        tuple(ChangeKind.TYPE_NARROWED, "/properties/p", "no longer null"));
  }
}
