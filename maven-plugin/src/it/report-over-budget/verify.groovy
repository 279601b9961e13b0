def log = new File(basedir, 'build.log').text
assert log.contains('[toolwright:token-budget] the build\'s tools cost 586 tokens per request in anthropic, over the total budget of 500: route, or split')
assert !log.contains('tokens per request in openai-chat')
assert new File(basedir, 'target/toolwright-report.json').text.contains('"anthropic": 586')
