// The build failed at toolwright:check, naming the tool, the parameter (a JSON pointer) and the rule.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] [toolwright:constraint-tightened] tool issue_refund, parameter /properties/reason: maxLength 500 -> 200')
assert log.contains('1 breaking change to the tools against toolwright.lock.json')
assert log.contains('toolwright:lock')
assert log.contains('BUILD FAILURE')
// The compatible change to the fingerprint is not what failed it, and the lock is untouched.
assert new File(basedir, 'toolwright.lock.json').text.contains('"maxLength": 500')
