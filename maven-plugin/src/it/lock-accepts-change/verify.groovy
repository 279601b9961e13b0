def lock = new File(basedir, 'toolwright.lock.json').text
assert lock.contains('"maxLength": 200')
assert !lock.contains('"maxLength": 500')
assert lock.contains('"fingerprint": "' + ('c' * 64) + '"')
def log = new File(basedir, 'build.log').text
assert log.contains('the 2 tools keep the contract of toolwright.lock.json')
assert log.contains('BUILD SUCCESS')
