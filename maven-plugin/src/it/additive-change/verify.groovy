// A new optional parameter passes, reported as a note.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] [toolwright:parameter-added] tool issue_refund, parameter /properties/note: "note" added, optional')
// So does a new property of a (closed) result, judged from the client's side.
assert log.contains('[INFO] [toolwright:output-property-added] tool get_invoice, output /properties/dueDate: "dueDate" added, optional')
assert log.contains('the 2 tools keep the contract of toolwright.lock.json')
assert log.contains('BUILD SUCCESS')
// toolwright:report printed the table and wrote the Markdown report.
assert log.contains('Toolwright: 2 tools in 1 classes')
def report = new File(basedir, 'target/toolwright-report.md').text
assert report.contains('| `com.example.Desk` | 2 | 180 | 240 |')
assert report.contains('| **total** | 2 | **180** | **586** |')
