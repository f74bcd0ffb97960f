// Dev-only stand-in for Dispatch.Server: serves dist/ and canned API + a minimal SignalR JSON hub.
// Not used by tests or the real build. Run: node dev/mock-server.mjs  (PORT, VEHICLES, REFERRALS=1, ALERTS=1)
import http from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import zlib from 'node:zlib';
import ws from 'ws';
const { Server: WebSocketServer } = ws;

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');
const PORT = Number(process.env.PORT ?? 5180);
const VEHICLES = Number(process.env.VEHICLES ?? 2000);
const WITH_REFERRALS = process.env.REFERRALS === '1';
const WITH_ALERTS = process.env.ALERTS === '1';

// --- canned data ---------------------------------------------------------------------------------------------
const region = {
  id: 'chengdu', name: '成都市中心城区', nameEn: 'Central Chengdu', center: { lon: 104.066, lat: 30.657 }, zoom: 12,
  bounds: { west: 103.98, south: 30.59, east: 104.15, north: 30.72 }, tileUrl: '/tiles/{z}/{x}/{y}.png',
  attribution: '© OpenStreetMap contributors',
};
const hospitals = [
  ['h-wch', '四川大学华西医院', 'West China Hospital', 104.0633, 30.6415, 'tertiary', ['icu', 'pci', 'stroke', 'dialysis', 'negativePressure', 'feverClinic'], false],
  ['h-sph', '四川省人民医院', 'Sichuan Provincial People\'s Hospital', 104.0386, 30.6631, 'tertiary', ['icu', 'pci', 'stroke', 'obstetrics', 'nicu', 'paediatrics'], false],
  ['h-cd2', '成都市第二人民医院', 'Chengdu Second People\'s Hospital', 104.0847, 30.6577, 'tertiary', ['icu', 'pci', 'dialysis', 'feverClinic'], true],
  ['h-cd3', '成都市第三人民医院', 'Chengdu Third People\'s Hospital', 104.0541, 30.6711, 'tertiary', ['icu', 'stroke', 'pci'], false],
  ['h-wcw', '成都市妇女儿童中心医院', 'Chengdu Women and Children\'s Hospital', 104.0352, 30.6743, 'tertiary', ['obstetrics', 'nicu', 'paediatrics'], false],
  ['h-jn', '锦江区人民医院', 'Jinjiang District People\'s Hospital', 104.1012, 30.6402, 'secondary', ['dialysis', 'feverClinic'], false],
  ['h-cht', '成华区人民医院', 'Chenghua District People\'s Hospital', 104.1105, 30.6801, 'secondary', ['obstetrics', 'paediatrics'], false],
].map(([id, name, nameEn, lon, lat, level, capabilities, onDiversion]) => ({
  id, name, nameEn, lon, lat, level, capabilities, onDiversion,
  beds: Object.fromEntries(capabilities.filter((c) => c !== 'feverClinic').map((c, i) => [c, (id.length * 3 + i * 5) % 17])),
}));
const grassroots = Array.from({ length: 24 }, (_, i) => ({
  id: `g-${i}`, name: `${['簇桥', '机投', '龙潭', '保和', '青龙', '石羊', '桂溪', '华阳'][i % 8]}${['社区卫生服务中心', '卫生院', '村卫生室'][i % 3]}${i >= 8 ? i : ''}`,
  nameEn: `Facility ${i}`, lon: 103.995 + ((i * 37) % 100) / 100 * 0.15, lat: 30.6 + ((i * 53) % 100) / 100 * 0.11,
  kind: ['communityHealthCentre', 'townshipHealthCentre', 'villageClinic'][i % 3],
}));
const STATUSES = ['Available', 'Dispatched', 'EnRoute', 'OnScene', 'Transporting', 'AtHospital', 'Returning', 'OutOfService'];
const STATIONS = ['天府急救站', '青羊急救站', '锦江急救站', '金牛急救站', '成华急救站', '武侯急救站'];
let seed = 7;
const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const vehicles = Array.from({ length: VEHICLES }, (_, i) => {
  const nonEmergency = i % 7 === 0;
  return {
    id: `v-${i}`, callSign: nonEmergency ? `转运${String(i).padStart(4, '0')}` : `川A-120${String(i).padStart(4, '0')}`,
    kind: nonEmergency ? 'nonEmergency' : 'ambulance', type: nonEmergency ? 'wheelchair' : ['ALS', 'BLS', 'negativePressure'][i % 3],
    equipment: nonEmergency ? ['轮椅'] : ['氧气', '监护仪', ...(i % 3 === 0 ? ['呼吸机'] : [])], stationName: STATIONS[i % STATIONS.length],
    status: i % 11 === 0 ? 'OutOfService' : STATUSES[Math.floor(rand() * 7)],
    position: { lon: 103.99 + rand() * 0.15, lat: 30.6 + rand() * 0.11, speedKmh: 0, headingDeg: 0, timestamp: new Date().toISOString() },
    stale: i % 97 === 0,
  };
});
const now = Date.now();
const referrals = WITH_REFERRALS ? [
  { id: 'r-7f3a91c2', state: 'Escalated', priority: 1, facilityId: 'g-1', version: 4, updatedAt: new Date(now - 90e3).toISOString(), patient: { age: 67, sex: 'male', tier: 'red', condition: '急性胸痛 2 小时，ST 段抬高' }, requiredCapabilities: ['pci', 'icu'] },
  { id: 'r-1b22c0de', state: 'Offered', priority: 2, facilityId: 'g-2', hospitalId: 'h-sph', version: 2, updatedAt: new Date(now - 40e3).toISOString(), offerExpiresAt: new Date(now + 170e3).toISOString(), patient: { age: 29, sex: 'female', tier: 'yellow', condition: '孕 36 周，阴道出血' }, requiredCapabilities: ['obstetrics', 'nicu'] },
  { id: 'r-44d0aa10', state: 'InTransfer', priority: 2, facilityId: 'g-4', hospitalId: 'h-sph', vehicleId: 'v-3', version: 7, updatedAt: new Date(now - 600e3).toISOString(), patient: { age: 74, sex: 'female', tier: 'red', condition: '右侧肢体无力 1 小时，疑似卒中' } },
  { id: 'r-9c0e5531', state: 'Matching', priority: 3, facilityId: 'g-5', version: 1, updatedAt: new Date(now - 20e3).toISOString(), patient: { age: 58, sex: 'male', tier: 'green', condition: '规律透析患者，高钾' } },
] : null;

// --- tiles: a light grey PNG with a faint grid so panning is visible ---------------------------------------------
const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc32 = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function greyTile() {
  const size = 256; const raw = Buffer.alloc((size + 1) * size);
  for (let y = 0; y < size; y++) for (let x = 0; x <= size; x++) raw[y * (size + 1) + x] = x === 0 ? 0 : (x === 1 || y === 0 ? 0xd4 : 0xe8);
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
const tile = greyTile();

// --- auth ----------------------------------------------------------------------------------------------------------
const users = {
  dispatcher: { displayName: '王调度', role: 'dispatcher' },
  admin: { displayName: '管理员', role: 'admin' },
  doctor: { displayName: '李医生', role: 'doctor', facilityId: 'g-1' },
  hospital: { displayName: '省医院急诊科', role: 'hospital', hospitalId: 'h-sph', facilityId: 'h-sph' },
  vehicle: { displayName: '川A-1200003', role: 'vehicle', vehicleId: 'v-3' },
};
const tokens = new Map();
const problem = (res, status, title, detail) => send(res, status, { type: 'about:blank', title, status, detail }, 'application/problem+json');
function send(res, status, body, type = 'application/json') {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8` });
  res.end(JSON.stringify(body));
}
const readBody = (req) => new Promise((resolve) => { let s = ''; req.on('data', (d) => (s += d)); req.on('end', () => { try { resolve(JSON.parse(s || '{}')); } catch { resolve(null); } }); });
function authed(req) { const m = /^Bearer (.+)$/.exec(req.headers.authorization ?? ''); return m ? tokens.get(m[1]) : undefined; }

// --- http ------------------------------------------------------------------------------------------------------------
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.map': 'application/json', '.svg': 'image/svg+xml' };
let hubDownUntil = 0;
const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const path = url.pathname;
  if (path === '/api/auth/token' && req.method === 'POST') {
    const body = await readBody(req);
    if (!body || !body.username || !body.password) return problem(res, 400, 'Invalid request', '用户名和密码不能为空');
    const user = users[body.username];
    if (!user || body.password !== 'demo') return problem(res, 401, 'Unauthorized', '用户名或密码错误');
    const token = randomUUID();
    tokens.set(token, body.username);
    return send(res, 200, { accessToken: token, expiresAt: new Date(Date.now() + 8 * 3600e3).toISOString(), username: body.username, ...user });
  }
  if (path === '/openapi/v1.json') {
    const paths = ['/api/region', '/api/facilities', '/api/fleet/vehicles', ...(referrals ? ['/api/referrals'] : [])];
    return send(res, 200, { openapi: '3.1.0', paths: Object.fromEntries(paths.map((p) => [p, {}])) });
  }
  if (path.startsWith('/api/')) {
    if (!authed(req)) return problem(res, 401, 'Unauthorized', 'Token missing or expired');
    if (path === '/api/region') return send(res, 200, region);
    if (path === '/api/facilities') return send(res, 200, { hospitals, grassroots });
    if (path === '/api/fleet/vehicles') return send(res, 200, vehicles);
    if (path === '/api/referrals' && referrals && req.method === 'GET') return send(res, 200, referrals);
    const m = /^\/api\/referrals\/([^/]+)\/(accept|decline|cancel)$/.exec(path);
    if (m && referrals && req.method === 'POST') {
      const r = referrals.find((x) => x.id === m[1]);
      if (!r) return problem(res, 404, 'Not found', 'No such referral');
      if (m[2] === 'accept' && r.state !== 'Offered') return problem(res, 409, 'Conflict', '该转诊已被其他医院接收');
      r.state = { accept: 'Accepted', decline: 'Declined', cancel: 'Cancelled' }[m[2]]; r.version++; r.updatedAt = new Date().toISOString();
      broadcast('ReferralChanged', r);
      return send(res, 200, r);
    }
    if (path === '/api/referrals' && referrals && req.method === 'POST') {
      const body = await readBody(req);
      const r = { id: `r-${randomUUID().slice(0, 8)}`, state: 'Requested', priority: body.priority, facilityId: body.facilityId, version: 1, updatedAt: new Date().toISOString(), patient: body.patient };
      referrals.push(r); broadcast('ReferralChanged', r);
      return send(res, 201, r);
    }
    return problem(res, 404, 'Not Found', `${path} is not implemented`);
  }
  if (path === '/dev/drop') { hubDownUntil = Date.now() + Number(url.searchParams.get('ms') ?? 8000); for (const c of clients) c.terminate(); res.end('dropped'); return; }
  if (path === '/dev/alert') { broadcast('Alert', { kind: 'Escalated', message: url.searchParams.get('m') ?? '转诊 #7f3a91c2 无可接收医院，请调度员立即处置', referralId: 'r-7f3a91c2' }); res.end('ok'); return; }
  if (path.startsWith('/tiles/')) { res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'max-age=3600' }); return res.end(tile); }
  if (path === '/hubs/dispatch/negotiate' && req.method === 'POST') {
    if (Date.now() < hubDownUntil) { res.writeHead(503); return res.end(); }
    if (!tokens.has(url.searchParams.get('access_token') ?? '') && !authed(req)) { res.writeHead(401); return res.end(); }
    const id = randomUUID();
    return send(res, 200, { connectionId: id, connectionToken: id, negotiateVersion: 1, availableTransports: [{ transport: 'WebSockets', transferFormats: ['Text', 'Binary'] }] });
  }
  const file = join(dist, path === '/' ? 'index.html' : path);
  if (file.startsWith(dist) && existsSync(file) && statSync(file).isFile()) {
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    return res.end(readFileSync(file));
  }
  res.writeHead(404); res.end();
});

// --- hub: SignalR JSON protocol over WebSocket (record separator 0x1e) ---------------------------------------------------
const RS = '\u001e';
const clients = new Set();
const wss = new WebSocketServer({ noServer: true });
server.on('upgrade', (req, socket, head) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname !== '/hubs/dispatch' || Date.now() < hubDownUntil || !tokens.has(url.searchParams.get('access_token') ?? '')) { socket.destroy(); return; }
  wss.handleUpgrade(req, socket, head, (ws) => {
    let handshaken = false;
    ws.on('message', (data) => {
      for (const frame of data.toString().split(RS).filter(Boolean)) {
        const msg = JSON.parse(frame);
        if (!handshaken) { handshaken = true; ws.send('{}' + RS); clients.add(ws); continue; }
        if (msg.type === 7) ws.close();
      }
    });
    ws.on('close', () => clients.delete(ws));
  });
});
function broadcast(target, ...args) {
  const frame = JSON.stringify({ type: 1, target, arguments: args }) + RS;
  for (const c of clients) c.send(frame);
}
let cursor = 0;
setInterval(() => {
  // Move a tenth of the fleet every 100 ms: each vehicle reports about once a second.
  const batch = [];
  const step = Math.ceil(vehicles.length / 10);
  for (let k = 0; k < step; k++) {
    const v = vehicles[(cursor + k) % vehicles.length];
    if (v.stale || v.status === 'Available' || v.status === 'OutOfService') continue;
    const p = v.position;
    p.headingDeg = (p.headingDeg + (rand() - 0.5) * 40 + 360) % 360;
    const rad = p.headingDeg * Math.PI / 180;
    p.lon += Math.sin(rad) * 0.0004; p.lat += Math.cos(rad) * 0.0003;
    p.speedKmh = 30 + rand() * 40; p.timestamp = new Date().toISOString();
    batch.push({ vehicleId: v.id, lon: p.lon, lat: p.lat, speedKmh: p.speedKmh, headingDeg: p.headingDeg, timestamp: p.timestamp });
  }
  cursor = (cursor + step) % vehicles.length;
  if (batch.length) broadcast('VehiclePositions', batch);
}, 100);
setInterval(() => {
  const v = vehicles[Math.floor(rand() * vehicles.length)];
  v.status = STATUSES[Math.floor(rand() * 7)];
  broadcast('VehicleStatusChanged', { vehicleId: v.id, status: v.status, stale: v.stale });
}, 500);
setInterval(() => { for (const c of clients) c.send(JSON.stringify({ type: 6 }) + RS); }, 15000);
if (WITH_ALERTS) setInterval(() => broadcast('Alert', { kind: 'Escalated', message: '转诊 #7f3a91c2 已超时 3 分钟无医院接收，请立即处置', referralId: 'r-7f3a91c2' }), 20000);

server.listen(PORT, '127.0.0.1', () => console.log(`mock server on http://127.0.0.1:${PORT}`));
