package io.toolwright.contract;

import static io.toolwright.contract.Tools.byName;
import static io.toolwright.contract.Tools.object;
import static io.toolwright.contract.Tools.tool;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One test (or test case) per row of the change-kind table in docs/contract.md: the change, the
 * kind reported, its verdict, and the tool and JSON pointer named.
 */
class ContractComparatorTest {

  private static final String SUBJECT = "'subject':{'type':'string','maxLength':120,'description':'a summary'}";
  private static final String PRIORITY = "'priority':{'type':'string','enum':['low','normal','high']}";
  private static final String BASE = object(SUBJECT + "," + PRIORITY, "subject");

  /** The one change between a tool {@code t} with schema {@code before} and with {@code after}. */
  private static Change onlyChange(String before, String after) {
    List<Change> changes = changes(before, after);
    assertThat(changes).hasSize(1);
    return changes.get(0);
  }

  private static List<Change> changes(String before, String after) {
    return ContractComparator.compare(byName(tool("t", before)), byName(tool("t", after))).changes();
  }

  private static void assertChange(Change change, ChangeKind kind, String pointer) {
    assertThat(change.kind()).isEqualTo(kind);
    assertThat(change.tool()).isEqualTo("t");
    assertThat(change.pointer()).isEqualTo(pointer);
    assertThat(change.message()).startsWith("[toolwright:" + kind.key() + "] tool t");
  }

  @Test
  void sameToolsMakeNoChange() {
    assertThat(changes(BASE, BASE)).isEmpty();
  }

  @Test
  void removedToolIsBreaking() {
    ContractDiff diff = ContractComparator.compare(byName(tool("t", BASE), tool("u", BASE)), byName(tool("u", BASE)));
    assertThat(diff.breaking()).extracting(Change::kind, Change::tool).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ChangeKind.TOOL_REMOVED, "t"));
    assertThat(diff.isBreaking()).isTrue();
  }

  @Test
  void retiredToolIsBreakingAndNamesTheReplacement() {
    // Same parameters as the new tool: without the declaration this would read as a rename.
    Map<String, Retirement> retired = Map.of("get_order",
        new Retirement("get_order", "find_order", "2026-11-01", "2027-03-01", "com.example.Orders"));

    ContractDiff diff = ContractComparator.compare(
        byName(tool("get_order", BASE)), byName(tool("find_order", BASE)), retired);

    assertThat(diff.breaking()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(ChangeKind.TOOL_RETIRED);
      assertThat(c.message()).isEqualTo("[toolwright:tool-retired] tool get_order: retired: calls get RETIRED_TOOL,"
          + " \"use find_order instead\" (@RetiredTool in com.example.Orders, since 2026-11-01, until 2027-03-01)"
          + " (removed on purpose with @RetiredTool; old clients get RETIRED_TOOL naming the replacement)");
    });
    assertThat(diff.compatible()).extracting(Change::kind).containsExactly(ChangeKind.TOOL_ADDED);
  }

  @Test
  void renamedToolIsBreakingAndNamesTheNewName() {
    ContractDiff diff = ContractComparator.compare(byName(tool("open_ticket", BASE)), byName(tool("create_ticket", BASE)));
    assertThat(diff.changes()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(ChangeKind.TOOL_RENAMED);
      assertThat(c.tool()).isEqualTo("open_ticket");
      assertThat(c.detail()).contains("create_ticket");
      assertThat(c.verdict()).isEqualTo(Verdict.BREAKING);
    });
  }

  @Test
  void addedToolIsCompatible() {
    ContractDiff diff = ContractComparator.compare(byName(tool("t", BASE)),
        byName(tool("t", BASE), tool("u", object(PRIORITY))));
    assertThat(diff.changes()).extracting(Change::kind).containsExactly(ChangeKind.TOOL_ADDED);
    assertThat(diff.isBreaking()).isFalse();
  }

  @Test
  void removedParameterIsBreaking() {
    Change change = onlyChange(BASE, object(SUBJECT, "subject"));
    assertChange(change, ChangeKind.PARAMETER_REMOVED, "/properties/priority");
    assertThat(change.verdict()).isEqualTo(Verdict.BREAKING);
  }

  @Test
  void renamedParameterIsBreaking() {
    Change change = onlyChange(BASE, object(SUBJECT + "," + PRIORITY.replace("'priority'", "'urgency'"), "subject"));
    assertChange(change, ChangeKind.PARAMETER_RENAMED, "/properties/priority");
    assertThat(change.detail()).contains("\"urgency\"");
  }

  @Test
  void newRequiredParameterIsBreaking() {
    Change change = onlyChange(BASE, object(SUBJECT + "," + PRIORITY + ",'body':{'type':'string'}", "subject", "body"));
    assertChange(change, ChangeKind.REQUIRED_PARAMETER_ADDED, "/properties/body");
  }

  @Test
  void newOptionalParameterIsCompatible() {
    Change change = onlyChange(BASE, object(SUBJECT + "," + PRIORITY + ",'body':{'type':'string'}", "subject"));
    assertChange(change, ChangeKind.PARAMETER_ADDED, "/properties/body");
    assertThat(change.verdict()).isEqualTo(Verdict.COMPATIBLE);
  }

  @Test
  void optionalParameterMadeRequiredIsBreaking() {
    assertChange(onlyChange(BASE, object(SUBJECT + "," + PRIORITY, "subject", "priority")),
        ChangeKind.PARAMETER_MADE_REQUIRED, "/properties/priority");
  }

  @Test
  void requiredParameterMadeOptionalIsCompatible() {
    assertChange(onlyChange(BASE, object(SUBJECT + "," + PRIORITY)),
        ChangeKind.PARAMETER_MADE_OPTIONAL, "/properties/subject");
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "{'type':'number'}                  | {'type':'integer'}                 | TYPE_NARROWED",
      "{'type':['string','null']}         | {'type':'string'}                  | TYPE_NARROWED",
      "{'type':'string'}                  | {'type':'integer'}                 | TYPE_NARROWED",
      "{}                                 | {'type':'string'}                  | TYPE_NARROWED",
      "{'type':'integer'}                 | {'type':'number'}                  | TYPE_WIDENED",
      "{'type':'string'}                  | {'type':['string','null']}         | TYPE_WIDENED",
      "{'type':'string'}                  | {'type':'string','maxLength':10}   | CONSTRAINT_TIGHTENED",
      "{'type':'string','maxLength':20}   | {'type':'string','maxLength':10}   | CONSTRAINT_TIGHTENED",
      "{'type':'string','minLength':1}    | {'type':'string','minLength':5}    | CONSTRAINT_TIGHTENED",
      "{'type':'integer','minimum':0}     | {'type':'integer','minimum':1}     | CONSTRAINT_TIGHTENED",
      "{'type':'integer','maximum':100}   | {'type':'integer','maximum':50}    | CONSTRAINT_TIGHTENED",
      "{'type':'number','exclusiveMaximum':1} | {'type':'number','exclusiveMaximum':0.5} | CONSTRAINT_TIGHTENED",
      "{'type':'array','maxItems':10}     | {'type':'array','maxItems':5}      | CONSTRAINT_TIGHTENED",
      "{'type':'array','minItems':0}      | {'type':'array','minItems':1}      | CONSTRAINT_TIGHTENED",
      "{'type':'array'}                   | {'type':'array','uniqueItems':true} | CONSTRAINT_TIGHTENED",
      "{'type':'string'}                  | {'type':'string','pattern':'^a'}   | CONSTRAINT_TIGHTENED",
      "{'type':'string','pattern':'^a'}   | {'type':'string','pattern':'^b'}   | CONSTRAINT_TIGHTENED",
      "{'type':'string'}                  | {'type':'string','format':'email'} | CONSTRAINT_TIGHTENED",
      "{'type':'number'}                  | {'type':'number','multipleOf':0.01} | CONSTRAINT_TIGHTENED",
      "{'type':'string'}                  | {'type':'string','enum':['a','b']} | CONSTRAINT_TIGHTENED",
      "{'type':'object'}                  | {'type':'object','additionalProperties':false} | CONSTRAINT_TIGHTENED",
      "{'type':'string','maxLength':10}   | {'type':'string','maxLength':20}   | CONSTRAINT_LOOSENED",
      "{'type':'string','maxLength':10}   | {'type':'string'}                  | CONSTRAINT_LOOSENED",
      "{'type':'integer','minimum':1}     | {'type':'integer','minimum':0}     | CONSTRAINT_LOOSENED",
      "{'type':'string','pattern':'^a'}   | {'type':'string'}                  | CONSTRAINT_LOOSENED",
      "{'type':'string','enum':['a','b']} | {'type':'string'}                  | CONSTRAINT_LOOSENED",
      "{'type':'string','enum':['a','b']} | {'type':'string','enum':['a']}     | ENUM_VALUE_REMOVED",
      "{'type':'string','const':'a'}      | {'type':'string','const':'b'}      | ENUM_VALUE_REMOVED",
      "{'type':'string','enum':['a']}     | {'type':'string','enum':['a','b']} | ENUM_VALUE_ADDED",
      "{'type':'string','description':'x'} | {'type':'string','description':'y'} | DESCRIPTION_CHANGED",
  })
  void parameterSchemaChange(String before, String after, ChangeKind expected) {
    String was = object("'p':" + before, "p");
    String is = object("'p':" + after, "p");
    List<Change> changes = changes(was, is);
    assertThat(changes).extracting(Change::kind).contains(expected);
    Change change = changes.stream().filter(c -> c.kind() == expected).findFirst().orElseThrow();
    assertChange(change, expected, "/properties/p");
    assertThat(change.verdict()).isEqualTo(expected.verdict());
  }

  @Test
  void everyBreakingKindInTheTableFailsAndEveryOtherPasses() {
    for (ChangeKind kind : ChangeKind.values()) {
      ContractDiff diff = new ContractDiff(List.of(new Change(kind, "t", "", "x")));
      assertThat(diff.isBreaking()).as(kind.key()).isEqualTo(kind.verdict() == Verdict.BREAKING);
    }
  }

  @Test
  void changeInsideAReferencedDefinitionNamesThePathTheCallerSees() {
    String defs = ",'$defs':{'DateRange':{'type':'object','properties':{'from':{'type':'string','format':'date'},"
        + "'to':{'type':'string','format':'date'}},'required':['from','to'],'additionalProperties':false}}}";
    String before = "{'type':'object','properties':{'range':{'anyOf':[{'$ref':'#/$defs/DateRange'},{'type':'null'}]}},"
        + "'required':[],'additionalProperties':false" + defs;
    String after = before.replace("'required':['from','to']", "'required':['from','to','zone']")
        .replace("'to':{'type':'string','format':'date'}}", "'to':{'type':'string','format':'date'},'zone':{'type':'string'}}");
    assertChange(onlyChange(before, after), ChangeKind.REQUIRED_PARAMETER_ADDED, "/properties/range/properties/zone");
  }

  @Test
  void nullableReferenceMadeNonNullIsNarrowed() {
    String defs = ",'$defs':{'R':{'type':'object','properties':{},'required':[],'additionalProperties':false}}}";
    String before = "{'type':'object','properties':{'r':{'anyOf':[{'$ref':'#/$defs/R'},{'type':'null'}]}},"
        + "'required':['r'],'additionalProperties':false" + defs;
    String after = "{'type':'object','properties':{'r':{'$ref':'#/$defs/R'}},"
        + "'required':['r'],'additionalProperties':false" + defs;
    Change change = onlyChange(before, after);
    assertChange(change, ChangeKind.TYPE_NARROWED, "/properties/r");
    assertThat(change.detail()).contains("no longer null");
  }

  @Test
  void itemsOfAnArrayAreCompared() {
    String before = object("'tags':{'type':'array','items':{'type':'string','maxLength':30}}", "tags");
    assertChange(onlyChange(before, before.replace("30", "20")), ChangeKind.CONSTRAINT_TIGHTENED, "/properties/tags/items");
  }

  @Test
  void valuesOfAMapAreCompared() {
    String before = object("'labels':{'type':'object','additionalProperties':{'type':'string','enum':['a','b']}}", "labels");
    assertChange(onlyChange(before, before.replace(",'b'", "")), ChangeKind.ENUM_VALUE_REMOVED,
        "/properties/labels/additionalProperties");
  }

  @Test
  void aRecursiveTypeIsWalkedOnce() {
    String schema = "{'type':'object','properties':{'node':{'$ref':'#/$defs/Node'}},'required':['node'],"
        + "'$defs':{'Node':{'type':'object','properties':{'child':{'anyOf':[{'$ref':'#/$defs/Node'},{'type':'null'}]},"
        + "'name':{'type':'string','maxLength':9}},'required':['name']}}}";
    assertChange(onlyChange(schema, schema.replace("9", "8")), ChangeKind.CONSTRAINT_TIGHTENED, "/properties/node/properties/name");
  }

  @Test
  void parameterNamesAreEscapedInThePointer() {
    assertThat(onlyChange(object("'a/b':{'type':'string'}"), object("")).pointer()).isEqualTo("/properties/a~1b");
  }

  @Test
  void effectMadeMoreDangerousIsBreaking() {
    Map<String, ToolContract> before = byName(tool("t", Effect.READ_ONLY, true, BASE));
    ContractDiff toWrite = ContractComparator.compare(before, byName(tool("t", Effect.WRITE, true, BASE)));
    assertThat(toWrite.breaking()).extracting(Change::kind).containsExactly(ChangeKind.EFFECT_ESCALATED);
    assertThat(toWrite.breaking().get(0).detail()).isEqualTo("effect READ_ONLY -> WRITE");
    ContractDiff toDestructive = ContractComparator.compare(byName(tool("t", Effect.WRITE, false, BASE)),
        byName(tool("t", Effect.DESTRUCTIVE, false, BASE)));
    assertThat(toDestructive.breaking()).extracting(Change::kind).containsExactly(ChangeKind.EFFECT_ESCALATED);
  }

  @Test
  void readOnlyToNonIdempotentWriteFlipsBothHints() {
    ContractDiff diff = ContractComparator.compare(byName(tool("t", Effect.READ_ONLY, false, BASE)),
        byName(tool("t", Effect.WRITE, false, BASE)));
    assertThat(diff.breaking()).extracting(Change::kind)
        .containsExactly(ChangeKind.EFFECT_ESCALATED, ChangeKind.IDEMPOTENCY_DROPPED);
  }

  @Test
  void effectMadeSaferIsCompatible() {
    ContractDiff diff = ContractComparator.compare(byName(tool("t", Effect.DESTRUCTIVE, true, BASE)),
        byName(tool("t", Effect.WRITE, true, BASE)));
    assertThat(diff.changes()).extracting(Change::kind).containsExactly(ChangeKind.EFFECT_RELAXED);
    assertThat(diff.isBreaking()).isFalse();
  }

  @Test
  void idempotencyDroppedIsBreakingAndAddedIsCompatible() {
    ContractDiff dropped = ContractComparator.compare(byName(tool("t", Effect.WRITE, true, BASE)),
        byName(tool("t", Effect.WRITE, false, BASE)));
    assertThat(dropped.breaking()).extracting(Change::kind).containsExactly(ChangeKind.IDEMPOTENCY_DROPPED);
    ContractDiff added = ContractComparator.compare(byName(tool("t", Effect.WRITE, false, BASE)),
        byName(tool("t", Effect.WRITE, true, BASE)));
    assertThat(added.changes()).extracting(Change::kind).containsExactly(ChangeKind.IDEMPOTENCY_ADDED);
    assertThat(added.isBreaking()).isFalse();
  }

  @Test
  void toolDescriptionChangeIsCompatible() {
    ToolContract before = tool("t", BASE);
    ToolContract after = new ToolContract("t", before.className(), "Something else.", before.effect(),
        before.idempotent(), "other", before.schema(), null, Map.of());
    ContractDiff diff = ContractComparator.compare(byName(before), byName(after));
    assertThat(diff.changes()).extracting(Change::kind).containsExactly(ChangeKind.DESCRIPTION_CHANGED);
  }

  @Test
  void fingerprintChangeAloneIsReported() {
    ToolContract before = tool("t", BASE);
    ToolContract after = new ToolContract("t", before.className(), before.description(), before.effect(),
        before.idempotent(), "0123456789abcdef", before.schema(), null, Map.of());
    ContractDiff diff = ContractComparator.compare(byName(before), byName(after));
    assertThat(diff.changes()).extracting(Change::kind).containsExactly(ChangeKind.FINGERPRINT_CHANGED);
  }

  @Test
  void breakingChangesComeFirst() {
    ContractDiff diff = ContractComparator.compare(byName(tool("t", BASE)),
        byName(tool("a_new", BASE.replace("120", "121")), tool("t", object(SUBJECT, "subject"))));
    assertThat(diff.changes().get(0).verdict()).isEqualTo(Verdict.BREAKING);
    assertThat(diff.changes()).extracting(Change::verdict).containsSubsequence(Verdict.BREAKING, Verdict.COMPATIBLE);
  }
}
