package io.toolwright.contract;

import static io.toolwright.contract.Tools.byName;
import static io.toolwright.contract.Tools.object;
import static io.toolwright.contract.Tools.tool;
import static io.toolwright.contract.Tools.withOutput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Output schemas judged from the side of the client that reads results: the rows of
 * docs/contract.md's table whose rule starts with {@code output-}.
 */
class OutputSchemaComparisonTest {

  private static final String TOTAL = "'total':{'type':'integer','minimum':0,'description':'cents'}";
  private static final String STATUS = "'status':{'type':'string','enum':['open','paid']}";
  private static final String INVOICE = object(TOTAL + "," + STATUS, "total", "status");

  private static List<Change> changes(String before, String after) {
    return ContractComparator.compare(byName(withOutput("t", before)), byName(withOutput("t", after))).changes();
  }

  private static Change onlyChange(String before, String after) {
    List<Change> changes = changes(before, after);
    assertThat(changes).hasSize(1);
    return changes.get(0);
  }

  private static void assertOutputChange(Change change, ChangeKind kind, String pointer) {
    assertThat(change.kind()).isEqualTo(kind);
    assertThat(change.kind().inOutput()).isTrue();
    assertThat(change.pointer()).isEqualTo(pointer);
    assertThat(change.verdict()).isEqualTo(kind.verdict());
    assertThat(change.message())
        .startsWith("[toolwright:" + kind.key() + "] tool t, output" + (pointer.isEmpty() ? "" : " " + pointer) + ": ");
  }

  @Test
  void sameOutputSchemaMakesNoChange() {
    assertThat(changes(INVOICE, INVOICE)).isEmpty();
  }

  @Test
  void outputSchemaRemovedIsBreaking() {
    ContractDiff diff = ContractComparator.compare(byName(withOutput("t", INVOICE)), byName(withOutput("t", null)));
    assertThat(diff.breaking()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(ChangeKind.OUTPUT_SCHEMA_REMOVED);
      assertThat(c.message()).isEqualTo("[toolwright:output-schema-removed] tool t: output schema removed"
          + " (the tool no longer declares its result; a client that reads structured results loses them)");
    });
  }

  @Test
  void outputSchemaAddedIsCompatible() {
    ContractDiff diff = ContractComparator.compare(byName(withOutput("t", null)), byName(withOutput("t", INVOICE)));
    assertThat(diff.changes()).extracting(Change::kind).containsExactly(ChangeKind.OUTPUT_SCHEMA_ADDED);
    assertThat(diff.isBreaking()).isFalse();
  }

  @Test
  void removedOutputPropertyIsBreaking() {
    assertOutputChange(onlyChange(INVOICE, object(TOTAL, "total")),
        ChangeKind.OUTPUT_PROPERTY_REMOVED, "/properties/status");
  }

  @Test
  void renamedOutputPropertyIsBreaking() {
    Change change = onlyChange(INVOICE, object(TOTAL + "," + STATUS.replace("'status'", "'state'"), "total", "state"));
    assertOutputChange(change, ChangeKind.OUTPUT_PROPERTY_RENAMED, "/properties/status");
    assertThat(change.detail()).isEqualTo("\"status\" renamed to \"state\"");
  }

  /**
   * The choice docs/contract.md explains: a new property is additive even where the old output
   * said {@code additionalProperties: false}, and so is opening such an object.
   */
  @Test
  void newOutputPropertyIsCompatibleEvenInAClosedObject() {
    String closed = object(TOTAL + "," + STATUS, "total", "status");
    assertThat(closed).contains("'additionalProperties':false");
    Change optional = onlyChange(closed, object(TOTAL + "," + STATUS + ",'note':{'type':'string'}", "total", "status"));
    assertOutputChange(optional, ChangeKind.OUTPUT_PROPERTY_ADDED, "/properties/note");
    Change required = onlyChange(closed,
        object(TOTAL + "," + STATUS + ",'note':{'type':'string'}", "total", "status", "note"));
    assertOutputChange(required, ChangeKind.OUTPUT_PROPERTY_ADDED, "/properties/note");
    Change opened = onlyChange(closed, closed.replace("'additionalProperties':false", "'additionalProperties':true"));
    assertOutputChange(opened, ChangeKind.OUTPUT_PROPERTY_ADDED, "");
    assertThat(opened.message()).startsWith("[toolwright:output-property-added] tool t, output: additionalProperties");
  }

  @Test
  void requiredOutputPropertyMadeOptionalIsBreaking() {
    assertOutputChange(onlyChange(INVOICE, object(TOTAL + "," + STATUS, "total")),
        ChangeKind.OUTPUT_PROPERTY_MADE_OPTIONAL, "/properties/status");
  }

  @Test
  void optionalOutputPropertyMadeRequiredIsCompatible() {
    assertOutputChange(onlyChange(object(TOTAL + "," + STATUS, "total"), INVOICE),
        ChangeKind.OUTPUT_PROPERTY_MADE_REQUIRED, "/properties/status");
  }

  /** Each row: the output property {@code p} before and after, and the one kind reported. */
  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "{'type':'integer'}                  | {'type':'number'}                  | OUTPUT_TYPE_WIDENED",
      "{'type':'string'}                   | {'type':['string','null']}         | OUTPUT_TYPE_WIDENED",
      "{'type':'string'}                   | {}                                 | OUTPUT_TYPE_WIDENED",
      "{'type':'string'}                   | {'type':'integer'}                 | OUTPUT_TYPE_WIDENED",
      "{'type':'number'}                   | {'type':'integer'}                 | OUTPUT_TYPE_NARROWED",
      "{'type':['string','null']}          | {'type':'string'}                  | OUTPUT_TYPE_NARROWED",
      "{}                                  | {'type':'string'}                  | OUTPUT_TYPE_NARROWED",
      "{'type':'string','enum':['a']}      | {'type':'string','enum':['a','b']} | OUTPUT_ENUM_VALUE_ADDED",
      "{'type':'string','enum':['a','b']}  | {'type':'string','enum':['a']}     | OUTPUT_ENUM_VALUE_REMOVED",
      "{'type':'string','maxLength':10}    | {'type':'string','maxLength':20}   | OUTPUT_CONSTRAINT_LOOSENED",
      "{'type':'string','maxLength':10}    | {'type':'string'}                  | OUTPUT_CONSTRAINT_LOOSENED",
      "{'type':'integer','minimum':1}      | {'type':'integer','minimum':0}     | OUTPUT_CONSTRAINT_LOOSENED",
      "{'type':'string','format':'date'}   | {'type':'string'}                  | OUTPUT_CONSTRAINT_LOOSENED",
      "{'type':'string','pattern':'^a'}    | {'type':'string','pattern':'^b'}   | OUTPUT_CONSTRAINT_LOOSENED",
      "{'type':'string','enum':['a','b']}  | {'type':'string'}                  | OUTPUT_CONSTRAINT_LOOSENED",
      "{'type':'array','uniqueItems':true} | {'type':'array'}                   | OUTPUT_CONSTRAINT_LOOSENED",
      "{'type':'object','additionalProperties':{'type':'string'}} | {'type':'object'} | OUTPUT_CONSTRAINT_LOOSENED",
      "{'type':'string','maxLength':20}    | {'type':'string','maxLength':10}   | OUTPUT_CONSTRAINT_TIGHTENED",
      "{'type':'string'}                   | {'type':'string','maxLength':10}   | OUTPUT_CONSTRAINT_TIGHTENED",
      "{'type':'string'}                   | {'type':'string','format':'date'}  | OUTPUT_CONSTRAINT_TIGHTENED",
      "{'type':'string'}                   | {'type':'string','enum':['a']}     | OUTPUT_CONSTRAINT_TIGHTENED",
      "{'type':'object'}                   | {'type':'object','additionalProperties':false} | OUTPUT_CONSTRAINT_TIGHTENED",
      "{'type':'string','description':'x'} | {'type':'string','description':'y'} | OUTPUT_DESCRIPTION_CHANGED",
  })
  void outputSchemaChange(String before, String after, ChangeKind expected) {
    Change change = onlyChange(object("'p':" + before, "p"), object("'p':" + after, "p"));
    assertOutputChange(change, expected, "/properties/p");
  }

  @Test
  void anotherConstInAResultIsAValueAdded() {
    List<Change> changes = changes(object("'p':{'type':'string','const':'v1'}", "p"),
        object("'p':{'type':'string','const':'v2'}", "p"));
    assertThat(changes).extracting(Change::kind, Change::detail).containsExactly(
        tuple(ChangeKind.OUTPUT_ENUM_VALUE_ADDED, "enum value \"v2\" added"),
        tuple(ChangeKind.OUTPUT_ENUM_VALUE_REMOVED, "enum value \"v1\" removed"));
  }

  /**
   * The walk is the parameters' with the direction flipped: every change of the parameters' table
   * that breaks a call, made to an output, is one a client can take, and the other way round,
   * except the changes neither side can prove harmless (other types, a changed pattern).
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "{'type':'number'}                   | {'type':'integer'}",
      "{'type':'integer'}                  | {'type':'number'}",
      "{'type':'string','maxLength':20}    | {'type':'string','maxLength':10}",
      "{'type':'string','maxLength':10}    | {'type':'string','maxLength':20}",
      "{'type':'string','enum':['a','b']}  | {'type':'string','enum':['a']}",
      "{'type':'string','enum':['a']}      | {'type':'string','enum':['a','b']}",
      "{'type':'string'}                   | {'type':'string','format':'email'}",
  })
  void theSameChangeHasTheOppositeVerdictInAnOutput(String before, String after) {
    String was = object("'p':" + before, "p");
    String is = object("'p':" + after, "p");
    ContractDiff asParameter = ContractComparator.compare(byName(tool("t", was)), byName(tool("t", is)));
    ContractDiff asOutput = ContractComparator.compare(byName(withOutput("t", was)), byName(withOutput("t", is)));
    assertThat(asParameter.changes()).hasSize(1);
    assertThat(asOutput.changes()).hasSize(1);
    assertThat(asOutput.isBreaking()).isNotEqualTo(asParameter.isBreaking());
  }

  @Test
  void aTypeReplacedOrAPatternChangedBreaksOnBothSides() {
    for (String[] change : new String[][] {
        {"{'type':'string'}", "{'type':'integer'}"},
        {"{'type':'string','pattern':'^a'}", "{'type':'string','pattern':'^b'}"}}) {
      String was = object("'p':" + change[0], "p");
      String is = object("'p':" + change[1], "p");
      assertThat(ContractComparator.compare(byName(tool("t", was)), byName(tool("t", is))).isBreaking()).isTrue();
      assertThat(ContractComparator.compare(byName(withOutput("t", was)), byName(withOutput("t", is))).isBreaking())
          .isTrue();
    }
  }

  @Test
  void aNestedResultIsWalkedThroughItsDefinitions() {
    String defs = ",'$defs':{'Line':{'type':'object','properties':{'amount':{'type':'integer'}},"
        + "'required':['amount'],'additionalProperties':false}}}";
    String before = "{'type':'object','properties':{'lines':{'type':'array','items':{'$ref':'#/$defs/Line'}}},"
        + "'required':['lines'],'additionalProperties':false" + defs;
    String after = before.replace("'amount':{'type':'integer'}", "'amount':{'type':['integer','null']}");
    Change change = onlyChange(before, after);
    assertOutputChange(change, ChangeKind.OUTPUT_TYPE_WIDENED, "/properties/lines/items/properties/amount");
    assertThat(change.detail()).isEqualTo("type integer -> integer|null, now null");
  }

  @Test
  void outputChangesAndParameterChangesAreReportedTogether() {
    ToolContract before = new ToolContract("t", "com.example.Desk", "Does t.", Effect.READ_ONLY, true, "fp",
        Tools.json(object("'q':{'type':'string'}", "q")), Tools.json(INVOICE), java.util.Map.of());
    ToolContract after = new ToolContract("t", "com.example.Desk", "Does t.", Effect.READ_ONLY, true, "fp",
        Tools.json(object("'q':{'type':'string'}")), Tools.json(object(TOTAL, "total")), java.util.Map.of());
    ContractDiff diff = ContractComparator.compare(byName(before), byName(after));
    assertThat(diff.changes()).extracting(Change::kind).containsExactlyInAnyOrder(
        ChangeKind.PARAMETER_MADE_OPTIONAL, ChangeKind.OUTPUT_PROPERTY_REMOVED);
    assertThat(diff.breaking()).extracting(Change::message).singleElement().asString()
        .startsWith("[toolwright:output-property-removed] tool t, output /properties/status: \"status\" removed");
  }
}
