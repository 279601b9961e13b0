import java.util.zip.ZipFile

// Attached with the classifier tool-schemas and installed beside the jar.
def dir = new File(localRepositoryPath, 'io/toolwright/it/bundle-installed/1.0')
assert new File(dir, 'bundle-installed-1.0.jar').isFile()
def bundle = new File(dir, 'bundle-installed-1.0-tool-schemas.jar')
assert bundle.isFile()
def zip = new ZipFile(bundle)
try {
  def names = zip.entries().collect { it.name }
  assert names.containsAll([
      'toolwright-bundle.json', 'toolwright.lock.json',
      'tools/issue_refund/schema.json', 'tools/issue_refund/renderings/openai-chat.json',
      'tools/issue_refund/renderings/anthropic.json', 'tools/get_invoice/schema.json',
      'META-INF/toolwright/com.example.Desk.json', 'META-INF/toolwright-report/com.example.Desk.json'])
  def index = zip.getInputStream(zip.getEntry('toolwright-bundle.json')).text
  assert index.contains('"fingerprint": "' + ('b' * 64) + '"')
  assert index.contains('"openai-chat": 130')
} finally {
  zip.close()
}
