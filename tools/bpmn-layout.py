#!/usr/bin/env python3
"""Phases and layout of the BPMN models (issue 15.7).

    tools/bpmn-layout.py processes/grant-application.bpmn [tools/phases/grant-application.json]

With a phase file, first groups elements of the flat process into collapsed subprocesses
(one per phase of the domain): the elements move into the subProcess, a flow entering the
phase starts from a new start event inside it, a flow leaving it ends in a new end event
inside it and the phase continues on the top level (through an exclusive gateway when a
phase has more than one way out). Element ids, documentation, forms, listeners, timers and
messages move unchanged.

Always (with or without a phase file) rewrites the diagram: one BPMNPlane for the process and
one for every subprocess (Camunda Modeler 5 and Cockpit drill down into it), laid out left to
right in layers, the happy path on one line (the first outgoing flow, or the one the phase
file names in "happy"), other branches below, back flows routed underneath.
"""
import json
import sys
import xml.etree.ElementTree as ET

NS = {
    'bpmn': 'http://www.omg.org/spec/BPMN/20100524/MODEL',
    'bpmndi': 'http://www.omg.org/spec/BPMN/20100524/DI',
    'dc': 'http://www.omg.org/spec/DD/20100524/DC',
    'di': 'http://www.omg.org/spec/DD/20100524/DI',
    'camunda': 'http://camunda.org/schema/1.0/bpmn',
    'xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'modeler': 'http://camunda.org/schema/modeler/1.0',
}
for p, u in NS.items():
    ET.register_namespace(p, u)
B = '{%s}' % NS['bpmn']


def q(tag, ns='bpmn'):
    return '{%s}%s' % (NS[ns], tag)


def local(el):
    return el.tag.split('}')[1]


FLOW_NODES = {'startEvent', 'endEvent', 'intermediateCatchEvent', 'intermediateThrowEvent',
              'boundaryEvent', 'task', 'userTask', 'serviceTask', 'scriptTask', 'sendTask',
              'receiveTask', 'businessRuleTask', 'manualTask', 'callActivity', 'subProcess',
              'exclusiveGateway', 'parallelGateway', 'inclusiveGateway', 'eventBasedGateway'}


def size(el):
    t = local(el)
    if t.endswith('Event'):
        return 36, 36
    if t.endswith('Gateway'):
        return 50, 50
    return 110, 80


# ---------------------------------------------------------------- restructuring into phases

def set_refs(node, incoming, outgoing):
    for ch in list(node):
        if local(ch) in ('incoming', 'outgoing'):
            node.remove(ch)
    # incoming/outgoing come after documentation/extensionElements, before the rest
    pos = 0
    for i, ch in enumerate(list(node)):
        if local(ch) in ('documentation', 'extensionElements'):
            pos = i + 1
    for name, refs in (('outgoing', outgoing), ('incoming', incoming)):
        for r in reversed(refs):
            e = ET.Element(q(name))
            e.text = r
            node.insert(pos, e)
    # order: incoming before outgoing
    ins = [c for c in node if local(c) == 'incoming']
    outs = [c for c in node if local(c) == 'outgoing']
    for c in ins + outs:
        node.remove(c)
    for c in reversed(ins + outs):
        node.insert(pos, c)


def flow(id_, src, tgt, name=None, cond=None):
    f = ET.Element(q('sequenceFlow'), {'id': id_, 'sourceRef': src, 'targetRef': tgt})
    if name:
        f.set('name', name)
    if cond:
        c = ET.SubElement(f, q('conditionExpression'), {'{%s}type' % NS['xsi']: 'bpmn:tFormalExpression'})
        c.text = cond
    return f


def restructure(proc, spec):
    touched = set()
    for phase in spec['phases']:
        if proc.find(f".//*[@id='{phase['id']}']") is not None:
            continue  # already a phase: only the layout is redone
        pid = phase['id']
        members = set(phase['members'])
        # boundary events follow their host
        for el in proc:
            if local(el) == 'boundaryEvent' and el.get('attachedToRef') in members:
                members.add(el.get('id'))
        nodes = {el.get('id'): el for el in proc if local(el) in FLOW_NODES}
        missing = members - nodes.keys()
        if missing:
            raise SystemExit(f'{pid}: unknown members {sorted(missing)}')
        flows = [el for el in proc if local(el) == 'sequenceFlow']
        inner = [f for f in flows if f.get('sourceRef') in members and f.get('targetRef') in members]
        entering = [f for f in flows if f.get('sourceRef') not in members and f.get('targetRef') in members]
        leaving = [f for f in flows if f.get('sourceRef') in members and f.get('targetRef') not in members]
        entries = {f.get('targetRef') for f in entering}
        if len(entries) != 1:
            raise SystemExit(f'{pid}: needs exactly one entry, has {sorted(entries)}')
        entry = entries.pop()

        # the subprocess takes the place of its first member in the document
        first_index = min(list(proc).index(nodes[m]) for m in members)
        sp = ET.Element(q('subProcess'), {'id': pid, 'name': phase['name']})
        if phase.get('documentation'):
            d = ET.SubElement(sp, q('documentation'))
            d.text = phase['documentation']
        proc.insert(first_index, sp)

        start_id = phase.get('start', 'StartEvent_' + pid.split('_', 1)[1])
        start = ET.SubElement(sp, q('startEvent'), {'id': start_id, 'name': phase.get('startName', phase['name'])})
        for m in phase['members']:
            proc.remove(nodes[m])
            sp.append(nodes[m])
        for el in list(proc):
            if local(el) == 'boundaryEvent' and el.get('id') in members and el.get('id') not in phase['members']:
                proc.remove(el)
                sp.append(el)
        start_flow = flow('Flow_' + start_id.split('_', 1)[1] + '_' + entry.split('_', 1)[1], start_id, entry)
        for f in entering:
            f.set('targetRef', pid)
            touched.add(f.get('id'))
        for f in inner:
            proc.remove(f)
            sp.append(f)
        sp.append(start_flow)

        # ways out: each leaving flow ends in an end event inside; on the top level the phase
        # continues to the targets (through a gateway if there are several)
        exits = phase.get('exits', {})
        targets = []
        for f in leaving:
            t = f.get('targetRef')
            ex = exits.get(f.get('id')) or exits.get(t)
            if ex is None:
                raise SystemExit(f'{pid}: no exit named for flow {f.get("id")} to {t}')
            end_id = ex['end']
            if sp.find(f"./*[@id='{end_id}']") is None:
                end = ET.SubElement(sp, q('endEvent'), {'id': end_id, 'name': ex['endName']})
                if ex.get('escalation'):
                    # another way out of the phase: an escalation end event inside, caught
                    # by an interrupting boundary event on the phase (no variable needed)
                    esc = ex['escalation']
                    definitions = ROOT
                    if definitions.find(f"./*[@id='{esc['id']}']") is None:
                        e = ET.Element(q('escalation'), {'id': esc['id'], 'name': esc['name'],
                                                         'escalationCode': esc['code']})
                        definitions.insert(list(definitions).index(definitions.find(q('process'))), e)
                    ET.SubElement(end, q('escalationEventDefinition'), {'escalationRef': esc['id']})
            proc.remove(f)
            cond = f.find(q('conditionExpression'))
            f.set('targetRef', end_id)
            touched.add(f.get('id'))
            sp.append(f)
            if t not in [x[0] for x in targets]:
                targets.append((t, ex))
        # top-level continuation
        for f in [x for x in proc if local(x) == 'sequenceFlow' and x.get('sourceRef') == pid]:
            pass
        for t, ex in [x for x in targets if x[1].get('escalation')]:
            esc = ex['escalation']
            b = ET.Element(q('boundaryEvent'), {'id': esc['boundary'], 'name': esc['boundaryName'],
                                                'attachedToRef': pid})
            ET.SubElement(b, q('escalationEventDefinition'), {'escalationRef': esc['id']})
            proc.insert(list(proc).index(sp) + 1, b)
            proc.append(flow(ex['flow'], esc['boundary'], t, ex.get('flowName')))
        targets = [x for x in targets if not x[1].get('escalation')]
        if len(targets) == 1:
            t, ex = targets[0]
            proc.append(flow(ex.get('flow', 'Flow_' + pid.split('_', 1)[1] + '_' + t.split('_', 1)[1]), pid, t,
                             ex.get('flowName')))
        elif targets:
            gw = phase['gateway']
            g = ET.Element(q('exclusiveGateway'), {'id': gw['id'], 'name': gw['name']})
            proc.insert(list(proc).index(sp) + 1, g)
            proc.append(flow('Flow_' + pid.split('_', 1)[1] + '_' + gw['id'].split('_', 1)[1], pid, gw['id']))
            for t, ex in targets:
                proc.append(flow(ex['flow'], gw['id'], t, ex.get('flowName'), ex['condition']))
        # move flows in document order: nodes first, then flows (as Modeler writes them)
        for container in (sp,):
            fl = [x for x in container if local(x) == 'sequenceFlow']
            for x in fl:
                container.remove(x)
                container.append(x)
    rename_flows(proc, touched)
    fix_refs(proc)


def short(node_id):
    return node_id.split('_', 1)[1] if '_' in node_id else node_id


def rename_flows(proc, touched):
    """A rewired flow without a condition is renamed Flow_<Source>_<Target> again."""
    all_flows = list(proc.iter(q('sequenceFlow')))
    for f in all_flows:
        if f.get('id') in touched and f.find(q('conditionExpression')) is None:
            f.set('id', 'Flow_' + short(f.get('sourceRef')) + '_' + short(f.get('targetRef')))


def fix_refs(container):
    nodes = [el for el in container if local(el) in FLOW_NODES]
    flows = [el for el in container if local(el) == 'sequenceFlow']
    for n in nodes:
        if local(n) == 'subProcess':
            fix_refs(n)
        ins = [f.get('id') for f in flows if f.get('targetRef') == n.get('id')]
        outs = [f.get('id') for f in flows if f.get('sourceRef') == n.get('id')]
        set_refs(n, ins, outs)
    fl = [x for x in container if local(x) == 'sequenceFlow']
    for x in fl:
        container.remove(x)
        container.append(x)


# ---------------------------------------------------------------- layout

GAP_X = 50
ROW_H = 120


def layout_container(container, happy_hint):
    nodes = {el.get('id'): el for el in container if local(el) in FLOW_NODES}
    flows = [el for el in container if local(el) == 'sequenceFlow']
    boundary = {k: v for k, v in nodes.items() if local(v) == 'boundaryEvent'}
    main = {k: v for k, v in nodes.items() if k not in boundary}
    out = {k: [] for k in nodes}
    for f in flows:
        out[f.get('sourceRef')].append(f)
    for f_list in out.values():
        f_list.sort(key=lambda f: 0 if f.get('id') in happy_hint else 1)

    # back edges by DFS from the start events (boundary events are extra roots, visited late)
    starts = [k for k, v in main.items() if local(v) == 'startEvent'] or [next(iter(main))]
    state, back = {}, set()

    def dfs(n):
        state[n] = 1
        for f in out[n]:
            t = f.get('targetRef')
            if state.get(t) == 1:
                back.add(f.get('id'))
            elif t not in state:
                dfs(t)
        state[n] = 2

    sys.setrecursionlimit(10000)
    for s in starts:
        dfs(s)
    # boundary events are children of their host: host -> boundary is a virtual edge
    preds = {k: [] for k in nodes}
    for f in flows:
        if f.get('id') not in back:
            preds[f.get('targetRef')].append(f.get('sourceRef'))
    for k, v in boundary.items():
        preds[k].append(v.get('attachedToRef'))
    for k in nodes:
        if k not in state:
            dfs(k)

    layer = {}

    def lay(n, seen=()):
        if n in layer:
            return layer[n]
        ps = [p for p in preds[n] if p not in seen]
        if n in boundary:
            layer[n] = lay(nodes[n].get('attachedToRef'), seen + (n,))
            return layer[n]
        layer[n] = 0 if not ps else max(lay(p, seen + (n,)) + 1 for p in ps)
        return layer[n]

    for n in nodes:
        lay(n)

    # happy path: from the first start, follow the first forward outgoing flow
    row = {}
    n = starts[0]
    while n is not None and n not in row:
        row[n] = 0
        nxt = None
        for f in out[n]:
            if f.get('id') not in back and layer[f.get('targetRef')] > layer[n]:
                nxt = f.get('targetRef')
                break
        n = nxt
    occupied = {(layer[k], 0) for k in row}

    # others: as close below their predecessor as the column allows, on a row whose way from
    # the predecessor is free (no flow drawn through another element)
    seg = set()
    happy_nodes = sorted(row, key=lambda k: layer[k])
    for a, b in zip(happy_nodes, happy_nodes[1:]):
        for c in range(layer[a] + 1, layer[b]):
            seg.add((c, 0))

    def origin(p):
        return boundary[p].get('attachedToRef') if p in boundary else p

    def way(k, r):
        cells = []
        for p in preds[k]:
            o = origin(p)
            if o not in row:
                continue
            first = layer[o] + (1 if row[o] == r and p not in boundary else 0)
            cells += [(c, r) for c in range(first, layer[k])]
        return cells

    def free(k, r):
        if (layer[k], r) in occupied or (layer[k], r) in seg:
            return False
        return all(cell not in occupied for cell in way(k, r) if cell != (layer[k], r))

    order = sorted((k for k in main if k not in row), key=lambda k: (layer[k], k))
    for k in order:
        base = None
        for p in preds[k]:
            o = origin(p)
            if o in row:
                b = row[o] + (1 if p in boundary else 0)
                base = b if base is None else min(base, b)
        r = max(base if base is not None else 1, 1)
        while not free(k, r):
            r += 1
        row[k] = r
        occupied.add((layer[k], r))
        seg.update(way(k, r))

    # x by cumulative column widths, y by rows
    ncol = max(layer.values()) + 1
    width = [0] * ncol
    for k, v in main.items():
        width[layer[k]] = max(width[layer[k]], size(v)[0])
    x0 = [0] * ncol
    x = 60
    for c in range(ncol):
        x0[c] = x
        x += width[c] + GAP_X
    bounds = {}
    for k, v in main.items():
        w, h = size(v)
        cx = x0[layer[k]] + width[layer[k]] / 2
        cy = 100 + row[k] * ROW_H
        bounds[k] = (round(cx - w / 2), round(cy - h / 2), w, h)
    # boundary events on the bottom edge of their host
    per_host = {}
    for k, v in boundary.items():
        hx, hy, hw, hh = bounds[v.get('attachedToRef')]
        i = per_host.get(v.get('attachedToRef'), 0)
        per_host[v.get('attachedToRef')] = i + 1
        bounds[k] = (hx + hw - 44 - i * 40, hy + hh - 18, 36, 36)
    return nodes, flows, bounds, back


def waypoints(f, bounds, back, nodes):
    s, t = f.get('sourceRef'), f.get('targetRef')
    sx, sy, sw, sh = bounds[s]
    tx, ty, tw, th = bounds[t]
    scx, scy = sx + sw / 2, sy + sh / 2
    tcx, tcy = tx + tw / 2, ty + th / 2
    if local(nodes[s]) == 'boundaryEvent':
        if tcx > scx and tcy > sy + sh:
            return [(scx, sy + sh), (scx, tcy), (tx, tcy)]
        low = max(sy + sh, ty + th) + 20
        return [(scx, sy + sh), (scx, low), (tcx, low), (tcx, ty + th)]
    if f.get('id') in back or tcx <= scx:
        low = max(sy + sh, ty + th) + 25
        return [(scx, sy + sh), (scx, low), (tcx, low), (tcx, ty + th)]
    if abs(scy - tcy) < 1:
        return [(sx + sw, scy), (tx, tcy)]
    if tcy > scy:  # down: leave at the bottom, then go right
        return [(scx, sy + sh), (scx, tcy), (tx, tcy)]
    # up: leave at the top, go up to the target's row, then right
    return [(scx, sy), (scx, tcy), (tx, tcy)]


def label_bounds(el, b):
    x, y, w, h = b
    t = local(el)
    if t.endswith('Gateway'):
        return (x - 25, y - 30, 100, 27)
    return (x - 32, y + h + 5, 100, 27)


def write_plane(diagram_parent, did, pid, element_id, nodes, flows, bounds, back, expanded):
    d = ET.SubElement(diagram_parent, q('BPMNDiagram', 'bpmndi'), {'id': did})
    p = ET.SubElement(d, q('BPMNPlane', 'bpmndi'), {'id': pid, 'bpmnElement': element_id})
    for k, el in nodes.items():
        attrs = {'id': k + '_di', 'bpmnElement': k}
        if local(el).endswith('Gateway') and local(el) == 'exclusiveGateway':
            attrs['isMarkerVisible'] = 'true'
        if local(el) == 'subProcess':
            attrs['isExpanded'] = 'false'
        sh = ET.SubElement(p, q('BPMNShape', 'bpmndi'), attrs)
        x, y, w, h = bounds[k]
        ET.SubElement(sh, q('Bounds', 'dc'), {'x': str(x), 'y': str(y), 'width': str(w), 'height': str(h)})
        if el.get('name') and (local(el).endswith('Event') or local(el).endswith('Gateway')):
            lb = ET.SubElement(sh, q('BPMNLabel', 'bpmndi'))
            lx, ly, lw, lh = label_bounds(el, bounds[k])
            ET.SubElement(lb, q('Bounds', 'dc'), {'x': str(lx), 'y': str(ly), 'width': str(lw), 'height': str(lh)})
    for f in flows:
        e = ET.SubElement(p, q('BPMNEdge', 'bpmndi'), {'id': f.get('id') + '_di', 'bpmnElement': f.get('id')})
        pts = waypoints(f, bounds, back, nodes)
        for (x, y) in pts:
            ET.SubElement(e, q('waypoint', 'di'), {'x': str(round(x)), 'y': str(round(y))})
        if f.get('name'):
            (x1, y1), (x2, y2) = pts[0], pts[1]
            lb = ET.SubElement(e, q('BPMNLabel', 'bpmndi'))
            lx = round(min(x1, x2) + 4)
            ly = round(min(y1, y2) + (4 if y1 != y2 else -22))
            ET.SubElement(lb, q('Bounds', 'dc'), {'x': str(lx), 'y': str(ly), 'width': '90', 'height': '14'})


def relayout(root, happy):
    for d in root.findall(q('BPMNDiagram', 'bpmndi')):
        root.remove(d)
    proc = root.find(q('process'))
    pname = proc.get('id').replace('-', '_')
    containers = [(proc, 'BPMNDiagram_' + pname, 'BPMNPlane_' + pname)]
    for sp in proc.iter(q('subProcess')):
        containers.append((sp, 'BPMNDiagram_' + sp.get('id'), 'BPMNPlane_' + sp.get('id')))
    for c, did, pid in containers:
        nodes, flows, bounds, back = layout_container(c, set(happy))
        write_plane(root, did, pid, c.get('id'), nodes, flows, bounds, back, False)


def main():
    path = sys.argv[1]
    spec = json.load(open(sys.argv[2])) if len(sys.argv) > 2 else {}
    tree = ET.parse(path)
    root = tree.getroot()
    global ROOT
    ROOT = root
    if spec.get('phases'):
        restructure(root.find(q('process')), spec)
    relayout(root, spec.get('happy', []))
    ET.indent(tree, space='  ')
    tree.write(path, xml_declaration=True, encoding='UTF-8')
    with open(path, 'a') as fh:
        fh.write('\n')


if __name__ == '__main__':
    main()
