def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] [toolwright:tools-alike] p.Stores tool "find_nearby" reads too much like p.Shops tool "find_near" to tell apart: their descriptions have a similarity of 0.90')
   || log.contains('[ERROR] [toolwright:tools-alike] p.Shops tool "find_near" reads too much like p.Stores tool "find_nearby" to tell apart: their descriptions have a similarity of 0.90')
assert log.contains('say what sets them apart, or merge them')
assert new File(basedir, 'target/toolwright-report.json').text.contains('"toolsAlike"')
