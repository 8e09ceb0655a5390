// A Node client of the stub over HTTPS, trusting only the certificate NODE_EXTRA_CA_CERTS names
// (Node reads that variable at start; nothing here turns verification off).
// Usage: node pay-over-https.mjs https://127.0.0.1:PORT  -> prints "POST <status>" and "GET <status>"
import https from 'node:https';

const base = process.argv[2];

function call(method, path, body) {
  return new Promise((resolve, reject) => {
    const request = https.request(base + path, {
      method,
      headers: { 'content-type': 'application/json', accept: 'application/json' },
    }, (response) => {
      let text = '';
      response.on('data', (chunk) => { text += chunk; });
      response.on('end', () => resolve({ status: response.statusCode, text }));
    });
    request.on('error', reject);
    if (body) {
      request.write(JSON.stringify(body));
    }
    request.end();
  });
}

try {
  const created = await call('POST', '/v2/report-schedules', {
    reportType: '_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_',
    scheduleFrequency: 'P1D',
    nextReportCreationTime: '20221118T150630Z',
  });
  console.log(`POST ${created.status}`);
  const listed = await call('GET', '/v2/report-schedules');
  console.log(`GET ${listed.status} ${listed.text}`);
} catch (error) {
  console.log(`ERROR ${error.code || ''} ${error.message}`);
  process.exitCode = 1;
}
