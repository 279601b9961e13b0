def log = new File(basedir, 'build.log').text
assert log.contains('No lock file at ')
assert log.contains('compares the 2 tools of this build with it: create it once with `mvn process-classes toolwright:lock`')
