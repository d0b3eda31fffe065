// Generated from templates/*.hbs by scripts/gen-templates.mjs (Handlebars.precompile, strict). Do not edit: change the template and run `npm run gen:templates`.
// @ts-nocheck
/* eslint-disable */
import type { TemplateSpecification } from 'handlebars';

/** templates/report.hbs */
export const reportTemplate: TemplateSpecification = {"0":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<style>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"accentCss") || container.strict(depth0, "accentCss", {"start":{"line":20,"column":26},"end":{"line":20,"column":35}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"accentCss","hash":{},"data":data,"loc":{"start":{"line":20,"column":24},"end":{"line":20,"column":37}}}) : helper)))
    + "</style>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<img class=\"logo\" src=\""
    + alias4((((helper = lookupProperty(helpers,"logoSrc") || alias1(depth0, "logoSrc", {"start":{"line":26,"column":44},"end":{"line":26,"column":51}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"logoSrc","hash":{},"data":data,"loc":{"start":{"line":26,"column":42},"end":{"line":26,"column":53}}}) : helper)))
    + "\" alt=\""
    + alias4((((helper = lookupProperty(helpers,"brandAlt") || alias1(depth0, "brandAlt", {"start":{"line":26,"column":62},"end":{"line":26,"column":70}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"brandAlt","hash":{},"data":data,"loc":{"start":{"line":26,"column":60},"end":{"line":26,"column":72}}}) : helper)))
    + "\">";
},"2":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"brand\"><bdi>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"brandName") || container.strict(depth0, "brandName", {"start":{"line":27,"column":45},"end":{"line":27,"column":54}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"brandName","hash":{},"data":data,"loc":{"start":{"line":27,"column":43},"end":{"line":27,"column":56}}}) : helper)))
    + "</bdi></p>";
},"3":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<dt>Prepared by</dt><dd><bdi>"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"cover"), "preparedBy", {"start":{"line":37,"column":61},"end":{"line":37,"column":77}} ), depth0))
    + "</bdi></dd>";
},"4":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<a href=\"#"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"changes"), "anchor", {"start":{"line":43,"column":59},"end":{"line":43,"column":73}} ), depth0))
    + "\">Changes since last scan</a>";
},"5":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<a href=\"#"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"exceptions"), "anchor", {"start":{"line":43,"column":173},"end":{"line":43,"column":190}} ), depth0))
    + "\">Exceptions</a>";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"diff"),lookupProperty(depth0,"changes"),{"name":"diff","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"diff-exceptions"),lookupProperty(depth0,"exceptions"),{"name":"diff-exceptions","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, alias5=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\""
    + alias4((((helper = lookupProperty(helpers,"csp") || alias1(depth0, "csp", {"start":{"line":13,"column":54},"end":{"line":13,"column":57}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"csp","hash":{},"data":data,"loc":{"start":{"line":13,"column":52},"end":{"line":13,"column":59}}}) : helper)))
    + "\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"gatehouse "
    + alias4((((helper = lookupProperty(helpers,"toolVersion") || alias1(depth0, "toolVersion", {"start":{"line":16,"column":44},"end":{"line":16,"column":55}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"toolVersion","hash":{},"data":data,"loc":{"start":{"line":16,"column":42},"end":{"line":16,"column":57}}}) : helper)))
    + "\">\n<title>"
    + alias4((((helper = lookupProperty(helpers,"documentTitle") || alias1(depth0, "documentTitle", {"start":{"line":17,"column":9},"end":{"line":17,"column":22}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"documentTitle","hash":{},"data":data,"loc":{"start":{"line":17,"column":7},"end":{"line":17,"column":24}}}) : helper)))
    + "</title>\n<link rel=\"icon\" href=\"data:,\">\n<style>"
    + alias4((lookupProperty(helpers,"asset")||alias1(depth0, "asset", {"start":{"line":19,"column":9},"end":{"line":19,"column":14}} )).call(alias2,"css",{"name":"asset","hash":{},"data":data,"loc":{"start":{"line":19,"column":7},"end":{"line":19,"column":22}}}))
    + "</style>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"accentCss"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":21,"column":7}}})) != null ? stack1 : "")
    + "</head>\n<body>\n<div class=\"page\">\n<header class=\"masthead cover\" id=\"cover\">\n  <div class=\"cover-top\">\n    "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"logoSrc"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":4},"end":{"line":26,"column":81}}})) != null ? stack1 : "")
    + "\n    "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"brandName"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":27,"column":4},"end":{"line":27,"column":73}}})) != null ? stack1 : "")
    + "\n  </div>\n  <div class=\"titles\">\n    <h1><bdi>"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":30,"column":15},"end":{"line":30,"column":20}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":30,"column":13},"end":{"line":30,"column":22}}}) : helper)))
    + "</bdi></h1>\n    <p class=\"cover-client\">Prepared for <strong><bdi>"
    + alias4(alias5(alias1(lookupProperty(depth0,"cover"), "client", {"start":{"line":31,"column":56},"end":{"line":31,"column":68}} ), depth0))
    + "</bdi></strong></p>\n    <dl class=\"cover-facts\">\n      <dt>Scope</dt><dd>"
    + alias4(alias5(alias1(lookupProperty(depth0,"cover"), "scope", {"start":{"line":33,"column":26},"end":{"line":33,"column":37}} ), depth0))
    + "</dd>\n      <dt>Tenant</dt><dd><bdi>"
    + alias4(alias5(alias1(lookupProperty(depth0,"cover"), "tenant", {"start":{"line":34,"column":32},"end":{"line":34,"column":44}} ), depth0))
    + "</bdi></dd>\n      <dt>Assessment date</dt><dd>"
    + alias4(alias5(alias1(lookupProperty(depth0,"cover"), "assessmentDate", {"start":{"line":35,"column":36},"end":{"line":35,"column":56}} ), depth0))
    + " <span class=\"muted\">("
    + alias4(alias5(alias1(lookupProperty(depth0,"cover"), "assessmentBasis", {"start":{"line":35,"column":82},"end":{"line":35,"column":103}} ), depth0))
    + ")</span></dd>\n      <dt>Report date</dt><dd>"
    + alias4(alias5(alias1(lookupProperty(depth0,"cover"), "reportDate", {"start":{"line":36,"column":32},"end":{"line":36,"column":48}} ), depth0))
    + "</dd>\n      "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"cover"),"preparedBy"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":37,"column":6},"end":{"line":37,"column":97}}})) != null ? stack1 : "")
    + "\n    </dl>\n    <p class=\"cover-note small muted\">Settings collected "
    + alias4((((helper = lookupProperty(helpers,"collectedText") || alias1(depth0, "collectedText", {"start":{"line":39,"column":59},"end":{"line":39,"column":72}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"collectedText","hash":{},"data":data,"loc":{"start":{"line":39,"column":57},"end":{"line":39,"column":74}}}) : helper)))
    + " · profile "
    + alias4((((helper = lookupProperty(helpers,"profile") || alias1(depth0, "profile", {"start":{"line":39,"column":87},"end":{"line":39,"column":94}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"profile","hash":{},"data":data,"loc":{"start":{"line":39,"column":85},"end":{"line":39,"column":96}}}) : helper)))
    + " · produced by gatehouse "
    + alias4((((helper = lookupProperty(helpers,"toolVersion") || alias1(depth0, "toolVersion", {"start":{"line":39,"column":123},"end":{"line":39,"column":134}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"toolVersion","hash":{},"data":data,"loc":{"start":{"line":39,"column":121},"end":{"line":39,"column":136}}}) : helper)))
    + ", a read-only scanner that changes nothing.</p>\n  </div>\n</header>\n<nav class=\"toc\" aria-label=\"Contents\">\n  <a href=\"#summary\">Summary</a>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"changes"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":43,"column":32},"end":{"line":43,"column":111}}})) != null ? stack1 : "")
    + "<a href=\"#findings\">Findings</a>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"exceptions"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":43,"column":143},"end":{"line":43,"column":215}}})) != null ? stack1 : "")
    + "<a href=\"#coverage\">Coverage</a><a href=\"#frameworks\">Frameworks</a><a href=\"#partners\">Partner organisations</a><a href=\"#guests\">Guests</a><a href=\"#rules\">All checks</a>\n</nav>\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"summary"),depth0,{"name":"summary","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"changes"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":46,"column":0},"end":{"line":46,"column":40}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"findings"),depth0,{"name":"findings","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"exceptions"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":48,"column":0},"end":{"line":48,"column":57}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = container.invokePartial(lookupProperty(partials,"coverage"),depth0,{"name":"coverage","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"frameworks"),depth0,{"name":"frameworks","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"partners"),depth0,{"name":"partners","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"guests"),depth0,{"name":"guests","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + ((stack1 = container.invokePartial(lookupProperty(partials,"rules"),depth0,{"name":"rules","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "")
    + "<footer class=\"colophon\">\n  <p>Produced by gatehouse "
    + alias4((((helper = lookupProperty(helpers,"toolVersion") || alias1(depth0, "toolVersion", {"start":{"line":55,"column":29},"end":{"line":55,"column":40}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"toolVersion","hash":{},"data":data,"loc":{"start":{"line":55,"column":27},"end":{"line":55,"column":42}}}) : helper)))
    + ", a read-only scanner: it only reads settings through Microsoft Graph and changes nothing. The remediation commands in this report are suggestions for an administrator to review; gatehouse never runs them.\n  Finding ids are stable across scans and match the XLSX, SARIF and result.json.</p>\n  <p>Snapshot sha256 <span class=\"mono\">"
    + alias4((((helper = lookupProperty(helpers,"snapshotSha") || alias1(depth0, "snapshotSha", {"start":{"line":57,"column":42},"end":{"line":57,"column":53}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"snapshotSha","hash":{},"data":data,"loc":{"start":{"line":57,"column":40},"end":{"line":57,"column":55}}}) : helper)))
    + "</span> · scanned "
    + alias4((((helper = lookupProperty(helpers,"scannedText") || alias1(depth0, "scannedText", {"start":{"line":57,"column":75},"end":{"line":57,"column":86}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"scannedText","hash":{},"data":data,"loc":{"start":{"line":57,"column":73},"end":{"line":57,"column":88}}}) : helper)))
    + "</p>\n</footer>\n</div>\n\u003Cscript type=\"application/json\" id=\"report-data\">"
    + alias4((lookupProperty(helpers,"jsonScript")||alias1(depth0, "jsonScript", {"start":{"line":60,"column":51},"end":{"line":60,"column":61}} )).call(alias2,lookupProperty(depth0,"clientData"),{"name":"jsonScript","hash":{},"data":data,"loc":{"start":{"line":60,"column":49},"end":{"line":60,"column":74}}}))
    + "\u003C/script>\n\u003Cscript>"
    + alias4((lookupProperty(helpers,"asset")||alias1(depth0, "asset", {"start":{"line":61,"column":10},"end":{"line":61,"column":15}} )).call(alias2,"js",{"name":"asset","hash":{},"data":data,"loc":{"start":{"line":61,"column":8},"end":{"line":61,"column":22}}}))
    + "\u003C/script>\n</body>\n</html>\n";
},"usePartial":true,"useData":true};

/** The report's partials by name: templates/partials/<name>.hbs. */
export const reportPartials: Record<string, TemplateSpecification> = {
  "chart": {"0":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"chart-note\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"note") || container.strict(depth0, "note", {"start":{"line":3,"column":38},"end":{"line":3,"column":42}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"note","hash":{},"data":data,"loc":{"start":{"line":3,"column":36},"end":{"line":3,"column":44}}}) : helper)))
    + "</p>";
},"1":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <svg viewBox=\"0 0 "
    + alias4((((helper = lookupProperty(helpers,"width") || alias1(depth0, "width", {"start":{"line":5,"column":22},"end":{"line":5,"column":27}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"width","hash":{},"data":data,"loc":{"start":{"line":5,"column":20},"end":{"line":5,"column":29}}}) : helper)))
    + " "
    + alias4((((helper = lookupProperty(helpers,"height") || alias1(depth0, "height", {"start":{"line":5,"column":32},"end":{"line":5,"column":38}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"height","hash":{},"data":data,"loc":{"start":{"line":5,"column":30},"end":{"line":5,"column":40}}}) : helper)))
    + "\" width=\""
    + alias4((((helper = lookupProperty(helpers,"width") || alias1(depth0, "width", {"start":{"line":5,"column":51},"end":{"line":5,"column":56}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"width","hash":{},"data":data,"loc":{"start":{"line":5,"column":49},"end":{"line":5,"column":58}}}) : helper)))
    + "\" height=\""
    + alias4((((helper = lookupProperty(helpers,"height") || alias1(depth0, "height", {"start":{"line":5,"column":70},"end":{"line":5,"column":76}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"height","hash":{},"data":data,"loc":{"start":{"line":5,"column":68},"end":{"line":5,"column":78}}}) : helper)))
    + "\" role=\"img\" aria-label=\""
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":5,"column":105},"end":{"line":5,"column":110}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":5,"column":103},"end":{"line":5,"column":112}}}) : helper)))
    + "\" xmlns=\"http://www.w3.org/2000/svg\">\n    <title>"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":6,"column":13},"end":{"line":6,"column":18}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":6,"column":11},"end":{"line":6,"column":20}}}) : helper)))
    + "</title>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"bars"),{"name":"each","hash":{},"fn":container.program(2, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":4},"end":{"line":12,"column":13}}})) != null ? stack1 : "")
    + "  </svg>\n";
},"2":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, alias5=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <text class=\"bar-label\" x=\"0\" y=\""
    + alias4((((helper = lookupProperty(helpers,"textY") || alias1(depth0, "textY", {"start":{"line":8,"column":39},"end":{"line":8,"column":44}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"textY","hash":{},"data":data,"loc":{"start":{"line":8,"column":37},"end":{"line":8,"column":46}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":8,"column":50},"end":{"line":8,"column":55}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":8,"column":48},"end":{"line":8,"column":57}}}) : helper)))
    + "</text>\n    <rect class=\"track\" x=\""
    + alias4(alias5(alias1(depths[1], "barX", {"start":{"line":9,"column":29},"end":{"line":9,"column":36}} ), depth0))
    + "\" y=\""
    + alias4((((helper = lookupProperty(helpers,"y") || alias1(depth0, "y", {"start":{"line":9,"column":45},"end":{"line":9,"column":46}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"y","hash":{},"data":data,"loc":{"start":{"line":9,"column":43},"end":{"line":9,"column":48}}}) : helper)))
    + "\" width=\""
    + alias4(alias5(alias1(depths[1], "barMax", {"start":{"line":9,"column":59},"end":{"line":9,"column":68}} ), depth0))
    + "\" height=\""
    + alias4(alias5(alias1(depths[1], "barH", {"start":{"line":9,"column":82},"end":{"line":9,"column":89}} ), depth0))
    + "\" rx=\"2\"></rect>\n    <rect class=\"bar "
    + alias4((((helper = lookupProperty(helpers,"cls") || alias1(depth0, "cls", {"start":{"line":10,"column":23},"end":{"line":10,"column":26}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"cls","hash":{},"data":data,"loc":{"start":{"line":10,"column":21},"end":{"line":10,"column":28}}}) : helper)))
    + "\" x=\""
    + alias4(alias5(alias1(depths[1], "barX", {"start":{"line":10,"column":35},"end":{"line":10,"column":42}} ), depth0))
    + "\" y=\""
    + alias4((((helper = lookupProperty(helpers,"y") || alias1(depth0, "y", {"start":{"line":10,"column":51},"end":{"line":10,"column":52}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"y","hash":{},"data":data,"loc":{"start":{"line":10,"column":49},"end":{"line":10,"column":54}}}) : helper)))
    + "\" width=\""
    + alias4((((helper = lookupProperty(helpers,"barWidth") || alias1(depth0, "barWidth", {"start":{"line":10,"column":65},"end":{"line":10,"column":73}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"barWidth","hash":{},"data":data,"loc":{"start":{"line":10,"column":63},"end":{"line":10,"column":75}}}) : helper)))
    + "\" height=\""
    + alias4(alias5(alias1(depths[1], "barH", {"start":{"line":10,"column":87},"end":{"line":10,"column":94}} ), depth0))
    + "\" rx=\"2\"></rect>\n    <text class=\"bar-count\" x=\""
    + alias4((((helper = lookupProperty(helpers,"countX") || alias1(depth0, "countX", {"start":{"line":11,"column":33},"end":{"line":11,"column":39}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"countX","hash":{},"data":data,"loc":{"start":{"line":11,"column":31},"end":{"line":11,"column":41}}}) : helper)))
    + "\" y=\""
    + alias4((((helper = lookupProperty(helpers,"textY") || alias1(depth0, "textY", {"start":{"line":11,"column":48},"end":{"line":11,"column":53}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"textY","hash":{},"data":data,"loc":{"start":{"line":11,"column":46},"end":{"line":11,"column":55}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"countText") || alias1(depth0, "countText", {"start":{"line":11,"column":59},"end":{"line":11,"column":68}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"countText","hash":{},"data":data,"loc":{"start":{"line":11,"column":57},"end":{"line":11,"column":70}}}) : helper)))
    + "</text>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data,blockParams,depths) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<figure class=\"chart\">\n  <figcaption>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":2,"column":16},"end":{"line":2,"column":21}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":2,"column":14},"end":{"line":2,"column":23}}}) : helper)))
    + "</figcaption>\n  "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"note"),{"name":"if","hash":{},"fn":container.program(0, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":3,"column":2},"end":{"line":3,"column":55}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"bars"),"length"),{"name":"if","hash":{},"fn":container.program(1, data, 0, blockParams, depths),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":2},"end":{"line":14,"column":9}}})) != null ? stack1 : "")
    + "</figure>\n";
},"useData":true,"useDepths":true},
  "coverage": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <p>"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"coverage"), "intro", {"start":{"line":4,"column":7},"end":{"line":4,"column":21}} ), depth0))
    + "</p>\n  <div class=\"table-wrap\"><table class=\"stack\">\n    <thead><tr><th scope=\"col\">Check</th><th scope=\"col\">Why it was not assessed</th><th scope=\"col\">What fixes it</th></tr></thead>\n    <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"coverage"),"rows"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":4},"end":{"line":14,"column":13}}})) != null ? stack1 : "")
    + "    </tbody>\n  </table></div>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <tr>\n      <td><span class=\"badge st-"
    + alias4((((helper = lookupProperty(helpers,"status") || alias1(depth0, "status", {"start":{"line":10,"column":34},"end":{"line":10,"column":40}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":10,"column":32},"end":{"line":10,"column":42}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"statusLabel") || alias1(depth0, "statusLabel", {"start":{"line":10,"column":46},"end":{"line":10,"column":57}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"statusLabel","hash":{},"data":data,"loc":{"start":{"line":10,"column":44},"end":{"line":10,"column":59}}}) : helper)))
    + "</span> "
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":10,"column":69},"end":{"line":10,"column":74}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":10,"column":67},"end":{"line":10,"column":76}}}) : helper)))
    + "<span class=\"src\"><code>"
    + alias4((((helper = lookupProperty(helpers,"ruleId") || alias1(depth0, "ruleId", {"start":{"line":10,"column":102},"end":{"line":10,"column":108}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"ruleId","hash":{},"data":data,"loc":{"start":{"line":10,"column":100},"end":{"line":10,"column":110}}}) : helper)))
    + "</code> · "
    + alias4((((helper = lookupProperty(helpers,"severity") || alias1(depth0, "severity", {"start":{"line":10,"column":122},"end":{"line":10,"column":130}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"severity","hash":{},"data":data,"loc":{"start":{"line":10,"column":120},"end":{"line":10,"column":132}}}) : helper)))
    + "</span></td>\n      <td>"
    + alias4((((helper = lookupProperty(helpers,"reason") || alias1(depth0, "reason", {"start":{"line":11,"column":12},"end":{"line":11,"column":18}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"reason","hash":{},"data":data,"loc":{"start":{"line":11,"column":10},"end":{"line":11,"column":20}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"detail"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":20},"end":{"line":11,"column":152}}})) != null ? stack1 : "")
    + "</td>\n      <td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"permissions"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":10},"end":{"line":12,"column":76}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"licence"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":76},"end":{"line":12,"column":122}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"noFix"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":122},"end":{"line":12,"column":197}}})) != null ? stack1 : "")
    + "</td>\n    </tr>\n";
},"2":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<details class=\"tech\"><summary>Technical details</summary><p class=\"src wrap-anywhere\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"detail") || container.strict(depth0, "detail", {"start":{"line":11,"column":123},"end":{"line":11,"column":129}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"detail","hash":{},"data":data,"loc":{"start":{"line":11,"column":121},"end":{"line":11,"column":131}}}) : helper)))
    + "</p></details>";
},"3":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Permission: <code>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"permissions") || container.strict(depth0, "permissions", {"start":{"line":12,"column":49},"end":{"line":12,"column":60}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"permissions","hash":{},"data":data,"loc":{"start":{"line":12,"column":47},"end":{"line":12,"column":62}}}) : helper)))
    + "</code>";
},"4":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<br>Licence: "
    + container.escapeExpression((((helper = lookupProperty(helpers,"licence") || container.strict(depth0, "licence", {"start":{"line":12,"column":106},"end":{"line":12,"column":113}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"licence","hash":{},"data":data,"loc":{"start":{"line":12,"column":104},"end":{"line":12,"column":115}}}) : helper)));
},"5":function(container,depth0,helpers,partials,data) {
    return "Review the reason; re-run the scan once it is resolved.";
},"6":function(container,depth0,helpers,partials,data) {
    return "  <p class=\"verdict ok\">Every check was assessed: gatehouse could read everything it needed.</p>\n";
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <h3>Settings not collected, or read by a fallback</h3>\n  <div class=\"table-wrap\"><table class=\"stack\">\n    <thead><tr><th scope=\"col\">Setting</th><th scope=\"col\">Outcome</th><th scope=\"col\">Needs</th></tr></thead>\n    <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"coverage"),"sections"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":4},"end":{"line":27,"column":13}}})) != null ? stack1 : "")
    + "    </tbody>\n  </table></div>\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <tr><td>"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":26,"column":14},"end":{"line":26,"column":19}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":26,"column":12},"end":{"line":26,"column":21}}}) : helper)))
    + "</td><td>"
    + alias4((((helper = lookupProperty(helpers,"status") || alias1(depth0, "status", {"start":{"line":26,"column":32},"end":{"line":26,"column":38}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":26,"column":30},"end":{"line":26,"column":40}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"detail"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":40},"end":{"line":26,"column":110}}})) != null ? stack1 : "")
    + "</td><td>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"permissions"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":119},"end":{"line":26,"column":173}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"licence"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":26,"column":173},"end":{"line":26,"column":210}}})) != null ? stack1 : "")
    + "</td></tr>\n";
},"9":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"src wrap-anywhere\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"detail") || container.strict(depth0, "detail", {"start":{"line":26,"column":88},"end":{"line":26,"column":94}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"detail","hash":{},"data":data,"loc":{"start":{"line":26,"column":86},"end":{"line":26,"column":96}}}) : helper)))
    + "</span>";
},"10":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<code>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"permissions") || container.strict(depth0, "permissions", {"start":{"line":26,"column":146},"end":{"line":26,"column":157}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"permissions","hash":{},"data":data,"loc":{"start":{"line":26,"column":144},"end":{"line":26,"column":159}}}) : helper)))
    + "</code>";
},"11":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<br>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"licence") || container.strict(depth0, "licence", {"start":{"line":26,"column":194},"end":{"line":26,"column":201}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"licence","hash":{},"data":data,"loc":{"start":{"line":26,"column":192},"end":{"line":26,"column":203}}}) : helper)));
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section id=\"coverage\">\n  <h2>Coverage: what could not be checked</h2>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"coverage"),"rows"),"length"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":3,"column":2},"end":{"line":19,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"coverage"),"sections"),"length"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":2},"end":{"line":30,"column":9}}})) != null ? stack1 : "")
    + "</section>\n";
},"useData":true},
  "diff-exceptions": {"0":function(container,depth0,helpers,partials,data) {
    return " class=\"notice\"";
},"1":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr class=\"exception-"
    + alias4((((helper = lookupProperty(helpers,"state") || alias1(depth0, "state", {"start":{"line":9,"column":43},"end":{"line":9,"column":48}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"state","hash":{},"data":data,"loc":{"start":{"line":9,"column":41},"end":{"line":9,"column":50}}}) : helper)))
    + "\"><td>"
    + alias4((((helper = lookupProperty(helpers,"stateLabel") || alias1(depth0, "stateLabel", {"start":{"line":9,"column":58},"end":{"line":9,"column":68}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"stateLabel","hash":{},"data":data,"loc":{"start":{"line":9,"column":56},"end":{"line":9,"column":70}}}) : helper)))
    + "</td><td><code>"
    + alias4((((helper = lookupProperty(helpers,"rule") || alias1(depth0, "rule", {"start":{"line":9,"column":87},"end":{"line":9,"column":91}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"rule","hash":{},"data":data,"loc":{"start":{"line":9,"column":85},"end":{"line":9,"column":93}}}) : helper)))
    + "</code></td><td class=\"wrap-anywhere\">"
    + alias4((((helper = lookupProperty(helpers,"resources") || alias1(depth0, "resources", {"start":{"line":9,"column":133},"end":{"line":9,"column":142}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"resources","hash":{},"data":data,"loc":{"start":{"line":9,"column":131},"end":{"line":9,"column":144}}}) : helper)))
    + "</td><td>"
    + alias4((((helper = lookupProperty(helpers,"owner") || alias1(depth0, "owner", {"start":{"line":9,"column":155},"end":{"line":9,"column":160}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"owner","hash":{},"data":data,"loc":{"start":{"line":9,"column":153},"end":{"line":9,"column":162}}}) : helper)))
    + "</td><td>"
    + alias4((((helper = lookupProperty(helpers,"justification") || alias1(depth0, "justification", {"start":{"line":9,"column":173},"end":{"line":9,"column":186}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"justification","hash":{},"data":data,"loc":{"start":{"line":9,"column":171},"end":{"line":9,"column":188}}}) : helper)))
    + "</td><td>"
    + alias4((((helper = lookupProperty(helpers,"expires") || alias1(depth0, "expires", {"start":{"line":9,"column":199},"end":{"line":9,"column":206}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"expires","hash":{},"data":data,"loc":{"start":{"line":9,"column":197},"end":{"line":9,"column":208}}}) : helper)))
    + "</td><td>"
    + alias4((((helper = lookupProperty(helpers,"matched") || alias1(depth0, "matched", {"start":{"line":9,"column":219},"end":{"line":9,"column":226}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"matched","hash":{},"data":data,"loc":{"start":{"line":9,"column":217},"end":{"line":9,"column":228}}}) : helper)))
    + "</td><td class=\"wrap-anywhere\">"
    + alias4((((helper = lookupProperty(helpers,"source") || alias1(depth0, "source", {"start":{"line":9,"column":261},"end":{"line":9,"column":267}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"source","hash":{},"data":data,"loc":{"start":{"line":9,"column":259},"end":{"line":9,"column":269}}}) : helper)))
    + "</td></tr>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section class=\"gh-exceptions\" id=\""
    + alias4((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":3,"column":37},"end":{"line":3,"column":43}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":3,"column":35},"end":{"line":3,"column":45}}}) : helper)))
    + "\">\n  <h2>Exceptions (accepted risks)</h2>\n  <p"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"attention"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":4},"end":{"line":5,"column":43}}})) != null ? stack1 : "")
    + ">"
    + alias4((((helper = lookupProperty(helpers,"summary") || alias1(depth0, "summary", {"start":{"line":5,"column":46},"end":{"line":5,"column":53}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"summary","hash":{},"data":data,"loc":{"start":{"line":5,"column":44},"end":{"line":5,"column":55}}}) : helper)))
    + "</p>\n  <table class=\"gh-diff-table stack\">\n    <thead><tr><th scope=\"col\">State</th><th scope=\"col\">Rule</th><th scope=\"col\">Objects</th><th scope=\"col\">Owner</th><th scope=\"col\">Justification</th><th scope=\"col\">Expires</th><th scope=\"col\">Findings</th><th scope=\"col\">Source</th></tr></thead>\n    <tbody>\n      "
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":6},"end":{"line":10,"column":15}}})) != null ? stack1 : "")
    + "    </tbody>\n  </table>\n</section>\n";
},"useData":true},
  "findings": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <p>"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"findings"), "intro", {"start":{"line":4,"column":7},"end":{"line":4,"column":21}} ), depth0))
    + "</p>\n  <div class=\"filters no-print\" role=\"search\">\n    <input type=\"search\" id=\"finding-search\" placeholder=\"Search check, object name, id or message\" aria-label=\"Search findings\">\n    "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"findings"),"severityFilters"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":4},"end":{"line":7,"column":141}}})) != null ? stack1 : "")
    + "\n    "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"findings"),"hasSuppressed"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":4},"end":{"line":8,"column":119}}})) != null ? stack1 : "")
    + "\n    <button type=\"button\" id=\"filter-reset\">Reset</button>\n    <span class=\"count\" id=\"finding-count\" aria-live=\"polite\"></span>\n  </div>\n  <p id=\"no-match\" class=\"notice\" hidden>No finding matches the search or the severity filter.</p>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"findings"),"groups"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":2},"end":{"line":68,"column":11}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<label><input type=\"checkbox\" data-sev-filter=\""
    + alias4((((helper = lookupProperty(helpers,"key") || alias1(depth0, "key", {"start":{"line":7,"column":87},"end":{"line":7,"column":90}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"key","hash":{},"data":data,"loc":{"start":{"line":7,"column":85},"end":{"line":7,"column":92}}}) : helper)))
    + "\" checked> "
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":7,"column":105},"end":{"line":7,"column":110}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":7,"column":103},"end":{"line":7,"column":112}}}) : helper)))
    + " ("
    + alias4((((helper = lookupProperty(helpers,"count") || alias1(depth0, "count", {"start":{"line":7,"column":116},"end":{"line":7,"column":121}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"count","hash":{},"data":data,"loc":{"start":{"line":7,"column":114},"end":{"line":7,"column":123}}}) : helper)))
    + ")</label>";
},"2":function(container,depth0,helpers,partials,data) {
    return "<label><input type=\"checkbox\" id=\"show-suppressed\" checked> Suppressed</label>";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <div class=\"sev-group\" data-group=\""
    + alias4((((helper = lookupProperty(helpers,"key") || alias1(depth0, "key", {"start":{"line":14,"column":39},"end":{"line":14,"column":42}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"key","hash":{},"data":data,"loc":{"start":{"line":14,"column":37},"end":{"line":14,"column":44}}}) : helper)))
    + "\">\n    <h3><span class=\"badge "
    + alias4((((helper = lookupProperty(helpers,"badgeClass") || alias1(depth0, "badgeClass", {"start":{"line":15,"column":29},"end":{"line":15,"column":39}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"badgeClass","hash":{},"data":data,"loc":{"start":{"line":15,"column":27},"end":{"line":15,"column":41}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":15,"column":45},"end":{"line":15,"column":50}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":15,"column":43},"end":{"line":15,"column":52}}}) : helper)))
    + "</span> "
    + alias4((((helper = lookupProperty(helpers,"summary") || alias1(depth0, "summary", {"start":{"line":15,"column":62},"end":{"line":15,"column":69}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"summary","hash":{},"data":data,"loc":{"start":{"line":15,"column":60},"end":{"line":15,"column":71}}}) : helper)))
    + "</h3>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"cards"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":4},"end":{"line":66,"column":13}}})) != null ? stack1 : "")
    + "  </div>\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <article class=\"rule-card sev-"
    + alias4((((helper = lookupProperty(helpers,"severity") || alias1(depth0, "severity", {"start":{"line":17,"column":36},"end":{"line":17,"column":44}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"severity","hash":{},"data":data,"loc":{"start":{"line":17,"column":34},"end":{"line":17,"column":46}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"suppressed"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":46},"end":{"line":17,"column":82}}})) != null ? stack1 : "")
    + "\" id=\""
    + alias4((((helper = lookupProperty(helpers,"domId") || alias1(depth0, "domId", {"start":{"line":17,"column":90},"end":{"line":17,"column":95}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"domId","hash":{},"data":data,"loc":{"start":{"line":17,"column":88},"end":{"line":17,"column":97}}}) : helper)))
    + "\">\n      <div class=\"rule-head\">\n        <h4>"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":19,"column":14},"end":{"line":19,"column":19}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":19,"column":12},"end":{"line":19,"column":21}}}) : helper)))
    + "</h4>\n        <span class=\"rule-meta\"><code>"
    + alias4((((helper = lookupProperty(helpers,"ruleId") || alias1(depth0, "ruleId", {"start":{"line":20,"column":40},"end":{"line":20,"column":46}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"ruleId","hash":{},"data":data,"loc":{"start":{"line":20,"column":38},"end":{"line":20,"column":48}}}) : helper)))
    + "</code> · "
    + alias4((((helper = lookupProperty(helpers,"countText") || alias1(depth0, "countText", {"start":{"line":20,"column":60},"end":{"line":20,"column":69}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"countText","hash":{},"data":data,"loc":{"start":{"line":20,"column":58},"end":{"line":20,"column":71}}}) : helper)))
    + "</span>\n      </div>\n      "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"rationale"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":6},"end":{"line":22,"column":68}}})) != null ? stack1 : "")
    + "\n      "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"partial"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":6},"end":{"line":23,"column":67}}})) != null ? stack1 : "")
    + "\n      "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"elsewhereText"),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":6},"end":{"line":24,"column":78}}})) != null ? stack1 : "")
    + "\n      <div class=\"table-wrap\"><table class=\"findings-table stack\">\n        <thead><tr><th scope=\"col\">Affected object</th><th scope=\"col\">What gatehouse found</th></tr></thead>\n        <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"rows"),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":8},"end":{"line":39,"column":17}}})) != null ? stack1 : "")
    + "        </tbody>\n      </table></div>\n      <p class=\"more more-matches\" id=\""
    + alias4((((helper = lookupProperty(helpers,"domId") || alias1(depth0, "domId", {"start":{"line":42,"column":41},"end":{"line":42,"column":46}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"domId","hash":{},"data":data,"loc":{"start":{"line":42,"column":39},"end":{"line":42,"column":48}}}) : helper)))
    + "-more\" hidden></p>\n      "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"moreText"),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":43,"column":6},"end":{"line":43,"column":61}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"fix"),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":6},"end":{"line":62,"column":13}}})) != null ? stack1 : "")
    + "      "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"frameworksText"),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":63,"column":6},"end":{"line":63,"column":92}}})) != null ? stack1 : "")
    + "\n      "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(lookupProperty(depth0,"references"),"length"),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":64,"column":6},"end":{"line":64,"column":192}}})) != null ? stack1 : "")
    + "\n    </article>\n";
},"5":function(container,depth0,helpers,partials,data) {
    return " suppressed";
},"6":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"rationale\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"rationale") || container.strict(depth0, "rationale", {"start":{"line":22,"column":46},"end":{"line":22,"column":55}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"rationale","hash":{},"data":data,"loc":{"start":{"line":22,"column":44},"end":{"line":22,"column":57}}}) : helper)))
    + "</p>";
},"7":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"notice small\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"partial") || container.strict(depth0, "partial", {"start":{"line":23,"column":47},"end":{"line":23,"column":54}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"partial","hash":{},"data":data,"loc":{"start":{"line":23,"column":45},"end":{"line":23,"column":56}}}) : helper)))
    + "</p>";
},"8":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"small muted\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"elsewhereText") || container.strict(depth0, "elsewhereText", {"start":{"line":24,"column":52},"end":{"line":24,"column":65}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"elsewhereText","hash":{},"data":data,"loc":{"start":{"line":24,"column":50},"end":{"line":24,"column":67}}}) : helper)))
    + "</p>";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "        <tr id=\""
    + alias4((((helper = lookupProperty(helpers,"domId") || alias1(depth0, "domId", {"start":{"line":29,"column":18},"end":{"line":29,"column":23}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"domId","hash":{},"data":data,"loc":{"start":{"line":29,"column":16},"end":{"line":29,"column":25}}}) : helper)))
    + "\">\n          <td class=\"name\"><bdi>"
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":30,"column":34},"end":{"line":30,"column":38}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":30,"column":32},"end":{"line":30,"column":40}}}) : helper)))
    + "</bdi><span class=\"src\">"
    + alias4((((helper = lookupProperty(helpers,"type") || alias1(depth0, "type", {"start":{"line":30,"column":66},"end":{"line":30,"column":70}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"type","hash":{},"data":data,"loc":{"start":{"line":30,"column":64},"end":{"line":30,"column":72}}}) : helper)))
    + "</span></td>\n          <td><bdi>"
    + alias4((((helper = lookupProperty(helpers,"message") || alias1(depth0, "message", {"start":{"line":31,"column":21},"end":{"line":31,"column":28}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"message","hash":{},"data":data,"loc":{"start":{"line":31,"column":19},"end":{"line":31,"column":30}}}) : helper)))
    + "</bdi>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"suppression"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":31,"column":36},"end":{"line":31,"column":125}}})) != null ? stack1 : "")
    + "\n            <details class=\"tech\"><summary>Technical details</summary><dl class=\"kv\">\n              <div><dt>Object id</dt><dd class=\"mono\">"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":33,"column":56},"end":{"line":33,"column":58}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":33,"column":54},"end":{"line":33,"column":60}}}) : helper)))
    + "</dd></div>\n              "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"path"),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":34,"column":14},"end":{"line":34,"column":93}}})) != null ? stack1 : "")
    + "\n              "
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"evidence"),{"name":"each","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":35,"column":14},"end":{"line":35,"column":97}}})) != null ? stack1 : "")
    + "\n              <div><dt>Finding id</dt><dd class=\"mono\" title=\""
    + alias4((((helper = lookupProperty(helpers,"fullId") || alias1(depth0, "fullId", {"start":{"line":36,"column":64},"end":{"line":36,"column":70}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"fullId","hash":{},"data":data,"loc":{"start":{"line":36,"column":62},"end":{"line":36,"column":72}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"shortId") || alias1(depth0, "shortId", {"start":{"line":36,"column":76},"end":{"line":36,"column":83}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"shortId","hash":{},"data":data,"loc":{"start":{"line":36,"column":74},"end":{"line":36,"column":85}}}) : helper)))
    + "</dd></div>\n            </dl>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"fixCommand"),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":37,"column":17},"end":{"line":37,"column":199}}})) != null ? stack1 : "")
    + "</details></td>\n        </tr>\n";
},"10":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"src\">Suppressed: <bdi>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"suppression") || container.strict(depth0, "suppression", {"start":{"line":31,"column":92},"end":{"line":31,"column":103}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"suppression","hash":{},"data":data,"loc":{"start":{"line":31,"column":90},"end":{"line":31,"column":105}}}) : helper)))
    + "</bdi></span>";
},"11":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div><dt>Graph path</dt><dd class=\"mono\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"path") || container.strict(depth0, "path", {"start":{"line":34,"column":69},"end":{"line":34,"column":73}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"path","hash":{},"data":data,"loc":{"start":{"line":34,"column":67},"end":{"line":34,"column":75}}}) : helper)))
    + "</dd></div>";
},"12":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div><dt>"
    + alias4((((helper = lookupProperty(helpers,"key") || alias1(depth0, "key", {"start":{"line":35,"column":43},"end":{"line":35,"column":46}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"key","hash":{},"data":data,"loc":{"start":{"line":35,"column":41},"end":{"line":35,"column":48}}}) : helper)))
    + "</dt><dd><bdi>"
    + alias4((((helper = lookupProperty(helpers,"value") || alias1(depth0, "value", {"start":{"line":35,"column":64},"end":{"line":35,"column":69}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"value","hash":{},"data":data,"loc":{"start":{"line":35,"column":62},"end":{"line":35,"column":71}}}) : helper)))
    + "</bdi></dd></div>";
},"13":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"small\"><strong>Fix for this object</strong> (Azure CLI; review before running, gatehouse never sends it):</p><pre><code>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"fixCommand") || container.strict(depth0, "fixCommand", {"start":{"line":37,"column":167},"end":{"line":37,"column":177}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"fixCommand","hash":{},"data":data,"loc":{"start":{"line":37,"column":165},"end":{"line":37,"column":179}}}) : helper)))
    + "</code></pre>";
},"14":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"more\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"moreText") || container.strict(depth0, "moreText", {"start":{"line":43,"column":40},"end":{"line":43,"column":48}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"moreText","hash":{},"data":data,"loc":{"start":{"line":43,"column":38},"end":{"line":43,"column":50}}}) : helper)))
    + "</p>";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      <details>\n        <summary>How to fix</summary>\n        <div class=\"fix-body\">\n          <p>"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"fix"), "summary", {"start":{"line":48,"column":15},"end":{"line":48,"column":26}} ), depth0))
    + "</p>\n          "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"fix"),"portal"),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":49,"column":10},"end":{"line":49,"column":94}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"fix"),"azRest"),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":50,"column":10},"end":{"line":59,"column":17}}})) != null ? stack1 : "")
    + "        </div>\n      </details>\n";
},"16":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"small\"><strong>Where:</strong> "
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"fix"), "portal", {"start":{"line":49,"column":71},"end":{"line":49,"column":81}} ), depth0))
    + "</p>";
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3=container.lambda, alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "          "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"fix"),"detail"),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":51,"column":10},"end":{"line":51,"column":70}}})) != null ? stack1 : "")
    + "\n          <h5>Azure CLI (review before running; gatehouse never sends it)"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"fix"),"hasPlaceholders"),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":52,"column":73},"end":{"line":52,"column":196}}})) != null ? stack1 : "")
    + "</h5>\n          <pre><code>"
    + alias4(alias3(alias2(lookupProperty(depth0,"fix"), "azRest", {"start":{"line":53,"column":23},"end":{"line":53,"column":33}} ), depth0))
    + "</code></pre>\n          <h5>Microsoft Graph request</h5>\n          <pre><code>"
    + alias4(alias3(alias2(lookupProperty(depth0,"fix"), "method", {"start":{"line":55,"column":23},"end":{"line":55,"column":33}} ), depth0))
    + " "
    + alias4(alias3(alias2(lookupProperty(depth0,"fix"), "url", {"start":{"line":55,"column":38},"end":{"line":55,"column":45}} ), depth0))
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"fix"),"body"),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":55,"column":47},"end":{"line":58,"column":19}}})) != null ? stack1 : "")
    + "</code></pre>\n";
},"18":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"small\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"fix"), "detail", {"start":{"line":51,"column":47},"end":{"line":51,"column":57}} ), depth0))
    + "</p>";
},"19":function(container,depth0,helpers,partials,data) {
    return " — the template; each listed object's technical details give its own command with its ids";
},"20":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\nContent-Type: application/json\n\n"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"fix"), "body", {"start":{"line":58,"column":2},"end":{"line":58,"column":10}} ), depth0));
},"21":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"small muted\">Frameworks: "
    + container.escapeExpression((((helper = lookupProperty(helpers,"frameworksText") || container.strict(depth0, "frameworksText", {"start":{"line":63,"column":65},"end":{"line":63,"column":79}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"frameworksText","hash":{},"data":data,"loc":{"start":{"line":63,"column":63},"end":{"line":63,"column":81}}}) : helper)))
    + "</p>";
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<ul class=\"refs\">"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"references"),{"name":"each","hash":{},"fn":container.program(23, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":64,"column":48},"end":{"line":64,"column":180}}})) != null ? stack1 : "")
    + "</ul>";
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<li>"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"href"),{"name":"if","hash":{},"fn":container.program(24, data, 0),"inverse":container.program(25, data, 0),"data":data,"loc":{"start":{"line":64,"column":72},"end":{"line":64,"column":166}}})) != null ? stack1 : "")
    + "</li>";
},"24":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<a href=\""
    + alias4((((helper = lookupProperty(helpers,"href") || alias1(depth0, "href", {"start":{"line":64,"column":95},"end":{"line":64,"column":99}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"href","hash":{},"data":data,"loc":{"start":{"line":64,"column":93},"end":{"line":64,"column":101}}}) : helper)))
    + "\" rel=\"noopener noreferrer\">"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":64,"column":131},"end":{"line":64,"column":136}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":64,"column":129},"end":{"line":64,"column":138}}}) : helper)))
    + "</a>";
},"25":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return container.escapeExpression((((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":64,"column":152},"end":{"line":64,"column":157}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":64,"column":150},"end":{"line":64,"column":159}}}) : helper)));
},"26":function(container,depth0,helpers,partials,data) {
    return "  <p class=\"verdict ok\">No rule found a problem in the settings gatehouse could read.</p>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section id=\"findings\">\n  <h2>Findings</h2>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"findings"),"total"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(26, data, 0),"data":data,"loc":{"start":{"line":3,"column":2},"end":{"line":71,"column":9}}})) != null ? stack1 : "")
    + "</section>\n";
},"useData":true},
  "frameworks": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.strict, alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <details class=\"framework\""
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"open"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":28},"end":{"line":5,"column":52}}})) != null ? stack1 : "")
    + ">\n    <summary>"
    + alias4((((helper = lookupProperty(helpers,"name") || alias2(depth0, "name", {"start":{"line":6,"column":15},"end":{"line":6,"column":19}} ))),(typeof helper === alias3 ? helper.call(alias1,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":6,"column":13},"end":{"line":6,"column":21}}}) : helper)))
    + " — "
    + alias4((((helper = lookupProperty(helpers,"countsText") || alias2(depth0, "countsText", {"start":{"line":6,"column":26},"end":{"line":6,"column":36}} ))),(typeof helper === alias3 ? helper.call(alias1,{"name":"countsText","hash":{},"data":data,"loc":{"start":{"line":6,"column":24},"end":{"line":6,"column":38}}}) : helper)))
    + "</summary>\n    <div class=\"table-wrap\"><table class=\"stack\">\n      <thead><tr><th scope=\"col\">Control</th><th scope=\"col\">Outcome</th><th scope=\"col\">Checks</th></tr></thead>\n      <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"controls"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":6},"end":{"line":12,"column":15}}})) != null ? stack1 : "")
    + "      </tbody>\n    </table></div>\n  </details>\n";
},"1":function(container,depth0,helpers,partials,data) {
    return " open";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "      <tr><td><strong>"
    + alias4((((helper = lookupProperty(helpers,"control") || alias1(depth0, "control", {"start":{"line":11,"column":24},"end":{"line":11,"column":31}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"control","hash":{},"data":data,"loc":{"start":{"line":11,"column":22},"end":{"line":11,"column":33}}}) : helper)))
    + "</strong>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"title"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":42},"end":{"line":11,"column":96}}})) != null ? stack1 : "")
    + "</td><td><span class=\"badge st-"
    + alias4((((helper = lookupProperty(helpers,"outcome") || alias1(depth0, "outcome", {"start":{"line":11,"column":129},"end":{"line":11,"column":136}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"outcome","hash":{},"data":data,"loc":{"start":{"line":11,"column":127},"end":{"line":11,"column":138}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"outcomeLabel") || alias1(depth0, "outcomeLabel", {"start":{"line":11,"column":142},"end":{"line":11,"column":154}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"outcomeLabel","hash":{},"data":data,"loc":{"start":{"line":11,"column":140},"end":{"line":11,"column":156}}}) : helper)))
    + "</span></td><td>"
    + alias4((((helper = lookupProperty(helpers,"checks") || alias1(depth0, "checks", {"start":{"line":11,"column":174},"end":{"line":11,"column":180}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"checks","hash":{},"data":data,"loc":{"start":{"line":11,"column":172},"end":{"line":11,"column":182}}}) : helper)))
    + "</td></tr>\n";
},"3":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"src\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"title") || container.strict(depth0, "title", {"start":{"line":11,"column":75},"end":{"line":11,"column":80}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"title","hash":{},"data":data,"loc":{"start":{"line":11,"column":73},"end":{"line":11,"column":82}}}) : helper)))
    + "</span>";
},"4":function(container,depth0,helpers,partials,data) {
    return "  <p>No check that ran maps to a framework control.</p>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section id=\"frameworks\">\n  <h2>Frameworks</h2>\n  <p>How this tenant stands against each benchmark's controls that gatehouse's checks cover: a control fails when any of its checks found a problem, and is not assessed when one of its checks could not run.</p>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"frameworks"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(4, data, 0),"data":data,"loc":{"start":{"line":4,"column":2},"end":{"line":18,"column":11}}})) != null ? stack1 : "")
    + "</section>\n";
},"useData":true},
  "guests": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <p>"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"guests"), "intro", {"start":{"line":4,"column":7},"end":{"line":4,"column":19}} ), depth0))
    + "</p>\n  <div class=\"tiles\">\n    "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"guests"),"tiles"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":4},"end":{"line":6,"column":123}}})) != null ? stack1 : "")
    + "\n  </div>\n  "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"guests"),"notes"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":2},"end":{"line":8,"column":63}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"guests"),"topDomains"),"length"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":2},"end":{"line":15,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(lookupProperty(depth0,"guests"),"stalest"),"length"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":2},"end":{"line":27,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"tile\"><span class=\"n\">"
    + alias4((((helper = lookupProperty(helpers,"count") || alias1(depth0, "count", {"start":{"line":6,"column":62},"end":{"line":6,"column":67}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"count","hash":{},"data":data,"loc":{"start":{"line":6,"column":60},"end":{"line":6,"column":69}}}) : helper)))
    + "</span><span class=\"l\">"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":6,"column":94},"end":{"line":6,"column":99}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":6,"column":92},"end":{"line":6,"column":101}}}) : helper)))
    + "</span></div>";
},"2":function(container,depth0,helpers,partials,data) {
    return "<p class=\"notice\">"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</p>";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <h3>Guests by home domain (top "
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(lookupProperty(depth0,"guests"),"topDomains"), "length", {"start":{"line":10,"column":35},"end":{"line":10,"column":59}} ), depth0))
    + ")</h3>\n  <div class=\"table-wrap\"><table class=\"stack\">\n    <thead><tr><th scope=\"col\">Domain</th><th scope=\"col\" class=\"num\">Guests</th></tr></thead>\n    <tbody>"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"guests"),"topDomains"),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":11},"end":{"line":13,"column":128}}})) != null ? stack1 : "")
    + "</tbody>\n  </table></div>\n";
},"4":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<tr><td class=\"name\"><bdi>"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":13,"column":66},"end":{"line":13,"column":71}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":13,"column":64},"end":{"line":13,"column":73}}}) : helper)))
    + "</bdi></td><td class=\"num\">"
    + alias4((((helper = lookupProperty(helpers,"count") || alias1(depth0, "count", {"start":{"line":13,"column":102},"end":{"line":13,"column":107}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"count","hash":{},"data":data,"loc":{"start":{"line":13,"column":100},"end":{"line":13,"column":109}}}) : helper)))
    + "</td></tr>";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <h3>Longest without a sign-in</h3>\n  <p class=\"small\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"guests"), "stalestNote", {"start":{"line":18,"column":21},"end":{"line":18,"column":39}} ), depth0))
    + "</p>\n  <div class=\"table-wrap\"><table class=\"stack\">\n    <thead><tr><th scope=\"col\">Guest</th><th scope=\"col\">Domain</th><th scope=\"col\">Last sign-in</th><th scope=\"col\" class=\"num\">Days</th><th scope=\"col\">Created</th><th scope=\"col\" class=\"num\">Sponsors</th></tr></thead>\n    <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(lookupProperty(depth0,"guests"),"stalest"),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":4},"end":{"line":24,"column":13}}})) != null ? stack1 : "")
    + "    </tbody>\n  </table></div>\n";
},"6":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <tr><td class=\"name\"><bdi>"
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":23,"column":32},"end":{"line":23,"column":36}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":23,"column":30},"end":{"line":23,"column":38}}}) : helper)))
    + "</bdi><span class=\"src mono\">"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":23,"column":69},"end":{"line":23,"column":71}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":23,"column":67},"end":{"line":23,"column":73}}}) : helper)))
    + "</span></td><td class=\"name\"><bdi>"
    + alias4((((helper = lookupProperty(helpers,"domain") || alias1(depth0, "domain", {"start":{"line":23,"column":109},"end":{"line":23,"column":115}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"domain","hash":{},"data":data,"loc":{"start":{"line":23,"column":107},"end":{"line":23,"column":117}}}) : helper)))
    + "</bdi></td><td>"
    + alias4((((helper = lookupProperty(helpers,"lastSignIn") || alias1(depth0, "lastSignIn", {"start":{"line":23,"column":134},"end":{"line":23,"column":144}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"lastSignIn","hash":{},"data":data,"loc":{"start":{"line":23,"column":132},"end":{"line":23,"column":146}}}) : helper)))
    + "</td><td class=\"num\">"
    + alias4((((helper = lookupProperty(helpers,"days") || alias1(depth0, "days", {"start":{"line":23,"column":169},"end":{"line":23,"column":173}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"days","hash":{},"data":data,"loc":{"start":{"line":23,"column":167},"end":{"line":23,"column":175}}}) : helper)))
    + "</td><td>"
    + alias4((((helper = lookupProperty(helpers,"created") || alias1(depth0, "created", {"start":{"line":23,"column":186},"end":{"line":23,"column":193}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"created","hash":{},"data":data,"loc":{"start":{"line":23,"column":184},"end":{"line":23,"column":195}}}) : helper)))
    + "</td><td class=\"num\">"
    + alias4((((helper = lookupProperty(helpers,"sponsors") || alias1(depth0, "sponsors", {"start":{"line":23,"column":218},"end":{"line":23,"column":226}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"sponsors","hash":{},"data":data,"loc":{"start":{"line":23,"column":216},"end":{"line":23,"column":228}}}) : helper)))
    + "</td></tr>\n";
},"7":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <p class=\"notice\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"guestsMissing") || container.strict(depth0, "guestsMissing", {"start":{"line":29,"column":22},"end":{"line":29,"column":35}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"guestsMissing","hash":{},"data":data,"loc":{"start":{"line":29,"column":20},"end":{"line":29,"column":37}}}) : helper)))
    + "</p>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section id=\"guests\">\n  <h2>Guests</h2>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"guests"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":3,"column":2},"end":{"line":30,"column":9}}})) != null ? stack1 : "")
    + "</section>\n";
},"useData":true},
  "partners": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <p>"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"partners"), "intro", {"start":{"line":4,"column":7},"end":{"line":4,"column":21}} ), depth0))
    + "</p>\n  <p class=\"legend\">Each value is what actually applies. <span class=\"mono\">↳</span> marks a value the partner does not set itself: it is inherited from the default settings (or, where the default is not configured, from Microsoft’s service default). Red values let every user in; amber values are limited or trusted claims.</p>\n  <div class=\"table-wrap\"><table class=\"matrix\">\n    <thead><tr><th scope=\"col\">Organisation</th>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"partners"),"columns"),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":48},"end":{"line":7,"column":112}}})) != null ? stack1 : "")
    + "</tr></thead>\n    <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"partners"),"rows"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":4},"end":{"line":14,"column":13}}})) != null ? stack1 : "")
    + "    </tbody>\n  </table></div>\n  "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"partners"),"moreText"),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":2},"end":{"line":17,"column":75}}})) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "<th scope=\"col\">"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</th>";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <tr"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"isDefault"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":7},"end":{"line":10,"column":51}}})) != null ? stack1 : "")
    + ">\n      <td class=\"name\"><bdi>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"name") || container.strict(depth0, "name", {"start":{"line":11,"column":30},"end":{"line":11,"column":34}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":11,"column":28},"end":{"line":11,"column":36}}}) : helper)))
    + "</bdi>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"domain"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":42},"end":{"line":11,"column":109}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"tenantId"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":109},"end":{"line":11,"column":174}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"isServiceProvider"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":174},"end":{"line":11,"column":247}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"partialNote"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":247},"end":{"line":11,"column":313}}})) != null ? stack1 : "")
    + "</td>\n      "
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"cells"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":6},"end":{"line":12,"column":143}}})) != null ? stack1 : "")
    + "\n    </tr>\n";
},"3":function(container,depth0,helpers,partials,data) {
    return " class=\"default-row\"";
},"4":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"src\"><bdi>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"domain") || container.strict(depth0, "domain", {"start":{"line":11,"column":81},"end":{"line":11,"column":87}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"domain","hash":{},"data":data,"loc":{"start":{"line":11,"column":79},"end":{"line":11,"column":89}}}) : helper)))
    + "</bdi></span>";
},"5":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"src mono\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"tenantId") || container.strict(depth0, "tenantId", {"start":{"line":11,"column":150},"end":{"line":11,"column":158}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"tenantId","hash":{},"data":data,"loc":{"start":{"line":11,"column":148},"end":{"line":11,"column":160}}}) : helper)))
    + "</span>";
},"6":function(container,depth0,helpers,partials,data) {
    return "<span class=\"src\">service provider</span>";
},"7":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"src\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"partialNote") || container.strict(depth0, "partialNote", {"start":{"line":11,"column":286},"end":{"line":11,"column":297}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"partialNote","hash":{},"data":data,"loc":{"start":{"line":11,"column":284},"end":{"line":11,"column":299}}}) : helper)))
    + "</span>";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<td class=\"cell-"
    + alias4((((helper = lookupProperty(helpers,"tone") || alias1(depth0, "tone", {"start":{"line":12,"column":39},"end":{"line":12,"column":43}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"tone","hash":{},"data":data,"loc":{"start":{"line":12,"column":37},"end":{"line":12,"column":45}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"text") || alias1(depth0, "text", {"start":{"line":12,"column":49},"end":{"line":12,"column":53}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":12,"column":47},"end":{"line":12,"column":55}}}) : helper)))
    + "<span class=\"src"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"inherited"),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":71},"end":{"line":12,"column":105}}})) != null ? stack1 : "")
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"sourceLabel") || alias1(depth0, "sourceLabel", {"start":{"line":12,"column":109},"end":{"line":12,"column":120}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"sourceLabel","hash":{},"data":data,"loc":{"start":{"line":12,"column":107},"end":{"line":12,"column":122}}}) : helper)))
    + "</span></td>";
},"9":function(container,depth0,helpers,partials,data) {
    return " inherited";
},"10":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"more\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"partners"), "moreText", {"start":{"line":17,"column":45},"end":{"line":17,"column":62}} ), depth0))
    + "</p>";
},"11":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <p class=\"notice\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"partnersMissing") || container.strict(depth0, "partnersMissing", {"start":{"line":19,"column":22},"end":{"line":19,"column":37}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"partnersMissing","hash":{},"data":data,"loc":{"start":{"line":19,"column":20},"end":{"line":19,"column":39}}}) : helper)))
    + "</p>\n";
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <h3>Identity providers guests can use</h3>\n  <p class=\"legend\">How an invited guest can redeem and sign in. An inventory, not a verdict: a finding appears only where the profile disallows a provider (check <span class=\"mono\">guest-identity-provider-not-allowed</span>).</p>\n  <div class=\"table-wrap\"><table class=\"matrix\">\n    <thead><tr><th scope=\"col\">Identity provider</th><th scope=\"col\">State</th><th scope=\"col\">What it rests on</th></tr></thead>\n    <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),lookupProperty(depth0,"identityProviders"),{"name":"each","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":27,"column":4},"end":{"line":29,"column":13}}})) != null ? stack1 : "")
    + "    </tbody>\n  </table></div>\n";
},"13":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <tr><td class=\"name\">"
    + alias4((((helper = lookupProperty(helpers,"name") || alias1(depth0, "name", {"start":{"line":28,"column":27},"end":{"line":28,"column":31}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":28,"column":25},"end":{"line":28,"column":33}}}) : helper)))
    + "</td><td class=\"cell-"
    + alias4((((helper = lookupProperty(helpers,"tone") || alias1(depth0, "tone", {"start":{"line":28,"column":56},"end":{"line":28,"column":60}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"tone","hash":{},"data":data,"loc":{"start":{"line":28,"column":54},"end":{"line":28,"column":62}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"state") || alias1(depth0, "state", {"start":{"line":28,"column":66},"end":{"line":28,"column":71}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"state","hash":{},"data":data,"loc":{"start":{"line":28,"column":64},"end":{"line":28,"column":73}}}) : helper)))
    + "</td><td>"
    + alias4((((helper = lookupProperty(helpers,"detail") || alias1(depth0, "detail", {"start":{"line":28,"column":84},"end":{"line":28,"column":90}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"detail","hash":{},"data":data,"loc":{"start":{"line":28,"column":82},"end":{"line":28,"column":92}}}) : helper)))
    + "</td></tr>\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section id=\"partners\">\n  <h2>Partner organisations (cross-tenant access)</h2>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"partners"),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":3,"column":2},"end":{"line":20,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(depth0,"identityProviders"),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":2},"end":{"line":32,"column":9}}})) != null ? stack1 : "")
    + "</section>\n";
},"useData":true},
  "rules": {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <tr><td><span class=\"badge st-"
    + alias4((((helper = lookupProperty(helpers,"status") || alias1(depth0, "status", {"start":{"line":8,"column":36},"end":{"line":8,"column":42}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":8,"column":34},"end":{"line":8,"column":44}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"statusLabel") || alias1(depth0, "statusLabel", {"start":{"line":8,"column":48},"end":{"line":8,"column":59}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"statusLabel","hash":{},"data":data,"loc":{"start":{"line":8,"column":46},"end":{"line":8,"column":61}}}) : helper)))
    + "</span></td><td><span class=\"badge sev-"
    + alias4((((helper = lookupProperty(helpers,"severity") || alias1(depth0, "severity", {"start":{"line":8,"column":102},"end":{"line":8,"column":110}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"severity","hash":{},"data":data,"loc":{"start":{"line":8,"column":100},"end":{"line":8,"column":112}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"severity") || alias1(depth0, "severity", {"start":{"line":8,"column":116},"end":{"line":8,"column":124}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"severity","hash":{},"data":data,"loc":{"start":{"line":8,"column":114},"end":{"line":8,"column":126}}}) : helper)))
    + "</span></td><td>"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":8,"column":144},"end":{"line":8,"column":149}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":8,"column":142},"end":{"line":8,"column":151}}}) : helper)))
    + "<span class=\"src\"><code>"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":8,"column":177},"end":{"line":8,"column":179}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":8,"column":175},"end":{"line":8,"column":181}}}) : helper)))
    + "</code>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"reason"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":188},"end":{"line":8,"column":222}}})) != null ? stack1 : "")
    + "</span></td><td class=\"num\">"
    + alias4((((helper = lookupProperty(helpers,"findingCount") || alias1(depth0, "findingCount", {"start":{"line":8,"column":252},"end":{"line":8,"column":264}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"findingCount","hash":{},"data":data,"loc":{"start":{"line":8,"column":250},"end":{"line":8,"column":266}}}) : helper)))
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"breakdown"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":266},"end":{"line":8,"column":328}}})) != null ? stack1 : "")
    + "</td></tr>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · "
    + container.escapeExpression((((helper = lookupProperty(helpers,"reason") || container.strict(depth0, "reason", {"start":{"line":8,"column":207},"end":{"line":8,"column":213}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"reason","hash":{},"data":data,"loc":{"start":{"line":8,"column":205},"end":{"line":8,"column":215}}}) : helper)));
},"2":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<span class=\"src\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"breakdown") || container.strict(depth0, "breakdown", {"start":{"line":8,"column":303},"end":{"line":8,"column":312}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"breakdown","hash":{},"data":data,"loc":{"start":{"line":8,"column":301},"end":{"line":8,"column":314}}}) : helper)))
    + "</span>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section id=\"rules\">\n  <h2>All checks</h2>\n  <p>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"rulesIntro") || container.strict(depth0, "rulesIntro", {"start":{"line":3,"column":7},"end":{"line":3,"column":17}} ))),(typeof helper === "function" ? helper.call(alias1,{"name":"rulesIntro","hash":{},"data":data,"loc":{"start":{"line":3,"column":5},"end":{"line":3,"column":19}}}) : helper)))
    + "</p>\n  <div class=\"table-wrap\"><table class=\"stack\">\n    <thead><tr><th scope=\"col\">Outcome</th><th scope=\"col\">Severity</th><th scope=\"col\">Check</th><th scope=\"col\" class=\"num\">Findings</th></tr></thead>\n    <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(depth0,"rules"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":4},"end":{"line":9,"column":13}}})) != null ? stack1 : "")
    + "    </tbody>\n  </table></div>\n</section>\n";
},"useData":true},
  "summary": {"0":function(container,depth0,helpers,partials,data) {
    return "<p>"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</p>";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "  <ol class=\"priorities actions\">\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,lookupProperty(lookupProperty(depth0,"summary"),"actions"),{"name":"each","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":4},"end":{"line":14,"column":13}}})) != null ? stack1 : "")
    + "  </ol>\n  "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,lookupProperty(lookupProperty(depth0,"summary"),"moreActions"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":2},"end":{"line":16,"column":66}}})) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <li><p class=\"what\"><span class=\"badge sev-"
    + alias4((((helper = lookupProperty(helpers,"severity") || alias1(depth0, "severity", {"start":{"line":10,"column":49},"end":{"line":10,"column":57}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"severity","hash":{},"data":data,"loc":{"start":{"line":10,"column":47},"end":{"line":10,"column":59}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"severity") || alias1(depth0, "severity", {"start":{"line":10,"column":63},"end":{"line":10,"column":71}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"severity","hash":{},"data":data,"loc":{"start":{"line":10,"column":61},"end":{"line":10,"column":73}}}) : helper)))
    + "</span> "
    + alias4((((helper = lookupProperty(helpers,"action") || alias1(depth0, "action", {"start":{"line":10,"column":83},"end":{"line":10,"column":89}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"action","hash":{},"data":data,"loc":{"start":{"line":10,"column":81},"end":{"line":10,"column":91}}}) : helper)))
    + "</p>\n      <p><span class=\"label\">Found:</span> "
    + alias4((((helper = lookupProperty(helpers,"today") || alias1(depth0, "today", {"start":{"line":11,"column":45},"end":{"line":11,"column":50}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"today","hash":{},"data":data,"loc":{"start":{"line":11,"column":43},"end":{"line":11,"column":52}}}) : helper)))
    + "</p>\n      "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"why"),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":6},"end":{"line":12,"column":81}}})) != null ? stack1 : "")
    + "\n      <p class=\"src\">Detail: <a href=\"#"
    + alias4((((helper = lookupProperty(helpers,"anchor") || alias1(depth0, "anchor", {"start":{"line":13,"column":41},"end":{"line":13,"column":47}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"anchor","hash":{},"data":data,"loc":{"start":{"line":13,"column":39},"end":{"line":13,"column":49}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":13,"column":53},"end":{"line":13,"column":58}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":13,"column":51},"end":{"line":13,"column":60}}}) : helper)))
    + "</a> · Area: "
    + alias4((((helper = lookupProperty(helpers,"area") || alias1(depth0, "area", {"start":{"line":13,"column":75},"end":{"line":13,"column":79}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"area","hash":{},"data":data,"loc":{"start":{"line":13,"column":73},"end":{"line":13,"column":81}}}) : helper)))
    + "</p></li>\n";
},"3":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p><span class=\"label\">Why it matters:</span> "
    + container.escapeExpression((((helper = lookupProperty(helpers,"why") || container.strict(depth0, "why", {"start":{"line":12,"column":65},"end":{"line":12,"column":68}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"why","hash":{},"data":data,"loc":{"start":{"line":12,"column":63},"end":{"line":12,"column":70}}}) : helper)))
    + "</p>";
},"4":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p>"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"summary"), "moreActions", {"start":{"line":16,"column":34},"end":{"line":16,"column":53}} ), depth0))
    + "</p>";
},"5":function(container,depth0,helpers,partials,data) {
    var lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<p class=\"notice\">"
    + container.escapeExpression(container.lambda(container.strict(lookupProperty(depth0,"summary"), "coverageNote", {"start":{"line":18,"column":50},"end":{"line":18,"column":70}} ), depth0))
    + " See <a href=\"#coverage\">Coverage</a>.</p>";
},"6":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"tile sev-"
    + alias4((((helper = lookupProperty(helpers,"key") || alias1(depth0, "key", {"start":{"line":21,"column":58},"end":{"line":21,"column":61}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"key","hash":{},"data":data,"loc":{"start":{"line":21,"column":56},"end":{"line":21,"column":63}}}) : helper)))
    + "\"><span class=\"n\">"
    + alias4((((helper = lookupProperty(helpers,"count") || alias1(depth0, "count", {"start":{"line":21,"column":83},"end":{"line":21,"column":88}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"count","hash":{},"data":data,"loc":{"start":{"line":21,"column":81},"end":{"line":21,"column":90}}}) : helper)))
    + "</span><span class=\"l\">"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":21,"column":115},"end":{"line":21,"column":120}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":21,"column":113},"end":{"line":21,"column":122}}}) : helper)))
    + "</span></div>";
},"7":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<div class=\"tile st-"
    + alias4((((helper = lookupProperty(helpers,"key") || alias1(depth0, "key", {"start":{"line":25,"column":55},"end":{"line":25,"column":58}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"key","hash":{},"data":data,"loc":{"start":{"line":25,"column":53},"end":{"line":25,"column":60}}}) : helper)))
    + "\"><span class=\"n\">"
    + alias4((((helper = lookupProperty(helpers,"count") || alias1(depth0, "count", {"start":{"line":25,"column":80},"end":{"line":25,"column":85}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"count","hash":{},"data":data,"loc":{"start":{"line":25,"column":78},"end":{"line":25,"column":87}}}) : helper)))
    + "</span><span class=\"l\">"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":25,"column":112},"end":{"line":25,"column":117}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":25,"column":110},"end":{"line":25,"column":119}}}) : helper)))
    + "</span></div>";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.invokePartial(lookupProperty(partials,"chart"),depth0,{"name":"chart","data":data,"helpers":helpers,"partials":partials,"decorators":container.decorators})) != null ? stack1 : "");
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.strict, alias2=container.lambda, alias3=container.escapeExpression, alias4=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<section id=\"summary\" class=\"first\">\n  <h2>Executive summary</h2>\n  <div class=\"verdict "
    + alias3(alias2(alias1(lookupProperty(depth0,"summary"), "verdictClass", {"start":{"line":3,"column":24},"end":{"line":3,"column":44}} ), depth0))
    + "\"><p class=\"lead\">"
    + alias3(alias2(alias1(lookupProperty(depth0,"summary"), "headline", {"start":{"line":3,"column":66},"end":{"line":3,"column":82}} ), depth0))
    + "</p>\n  "
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(lookupProperty(depth0,"summary"),"headlineNotes"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":4,"column":2},"end":{"line":4,"column":57}}})) != null ? stack1 : "")
    + "</div>\n  <h3>What matters most</h3>\n  <p>"
    + alias3(alias2(alias1(lookupProperty(depth0,"summary"), "actionsIntro", {"start":{"line":6,"column":7},"end":{"line":6,"column":27}} ), depth0))
    + "</p>\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(lookupProperty(depth0,"summary"),"actions"),"length"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":2},"end":{"line":17,"column":9}}})) != null ? stack1 : "")
    + "  "
    + ((stack1 = lookupProperty(helpers,"if").call(alias4,lookupProperty(lookupProperty(depth0,"summary"),"coverageNote"),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":18,"column":2},"end":{"line":18,"column":121}}})) != null ? stack1 : "")
    + "\n  <p class=\"tile-group-label\">Findings by severity</p>\n  <div class=\"tiles\">\n    "
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(lookupProperty(depth0,"summary"),"severityTiles"),{"name":"each","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":4},"end":{"line":21,"column":144}}})) != null ? stack1 : "")
    + "\n  </div>\n  <p class=\"tile-group-label\">Checks by outcome</p>\n  <div class=\"tiles\">\n    "
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(lookupProperty(depth0,"summary"),"statusTiles"),{"name":"each","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":4},"end":{"line":25,"column":141}}})) != null ? stack1 : "")
    + "\n  </div>\n  <div class=\"charts\">\n    "
    + ((stack1 = lookupProperty(helpers,"each").call(alias4,lookupProperty(depth0,"charts"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":4},"end":{"line":28,"column":40}}})) != null ? stack1 : "")
    + "\n  </div>\n</section>\n";
},"usePartial":true,"useData":true},
};

/** templates/portfolio.hbs */
export const portfolioTemplate: TemplateSpecification = {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <tr class=\"row-"
    + alias4((((helper = lookupProperty(helpers,"status") || alias1(depth0, "status", {"start":{"line":26,"column":21},"end":{"line":26,"column":27}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":26,"column":19},"end":{"line":26,"column":29}}}) : helper)))
    + "\">\n      <td class=\"wrap\"><strong><bdi>"
    + alias4((((helper = lookupProperty(helpers,"label") || alias1(depth0, "label", {"start":{"line":27,"column":38},"end":{"line":27,"column":43}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"label","hash":{},"data":data,"loc":{"start":{"line":27,"column":36},"end":{"line":27,"column":45}}}) : helper)))
    + "</bdi></strong>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"name"),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":27,"column":60},"end":{"line":27,"column":102}}})) != null ? stack1 : "")
    + "<br><span class=\"mono\">"
    + alias4((((helper = lookupProperty(helpers,"idText") || alias1(depth0, "idText", {"start":{"line":27,"column":127},"end":{"line":27,"column":133}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"idText","hash":{},"data":data,"loc":{"start":{"line":27,"column":125},"end":{"line":27,"column":135}}}) : helper)))
    + "</span></td>\n      <td class=\"wrap\"><span class=\"status st-"
    + alias4((((helper = lookupProperty(helpers,"status") || alias1(depth0, "status", {"start":{"line":28,"column":48},"end":{"line":28,"column":54}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":28,"column":46},"end":{"line":28,"column":56}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"statusLabel") || alias1(depth0, "statusLabel", {"start":{"line":28,"column":60},"end":{"line":28,"column":71}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"statusLabel","hash":{},"data":data,"loc":{"start":{"line":28,"column":58},"end":{"line":28,"column":73}}}) : helper)))
    + "</span>"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"reason"),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":80},"end":{"line":28,"column":154}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"warnings"),{"name":"each","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":154},"end":{"line":28,"column":221}}})) != null ? stack1 : "")
    + "</td>\n      "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"failed"),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":29,"column":6},"end":{"line":31,"column":106}}})) != null ? stack1 : "")
    + "\n      <td class=\"n\">"
    + alias4((((helper = lookupProperty(helpers,"exitCode") || alias1(depth0, "exitCode", {"start":{"line":32,"column":22},"end":{"line":32,"column":30}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"exitCode","hash":{},"data":data,"loc":{"start":{"line":32,"column":20},"end":{"line":32,"column":32}}}) : helper)))
    + "</td>\n      <td class=\"wrap\">"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"reportHref"),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":23},"end":{"line":33,"column":83}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,lookupProperty(depth0,"folder"),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":83},"end":{"line":33,"column":142}}})) != null ? stack1 : "")
    + "</td>\n    </tr>\n";
},"1":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<br><bdi>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"name") || container.strict(depth0, "name", {"start":{"line":27,"column":83},"end":{"line":27,"column":87}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"name","hash":{},"data":data,"loc":{"start":{"line":27,"column":81},"end":{"line":27,"column":89}}}) : helper)))
    + "</bdi>";
},"2":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<br><span class=\"reason\"><bdi>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"reason") || container.strict(depth0, "reason", {"start":{"line":28,"column":126},"end":{"line":28,"column":132}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"reason","hash":{},"data":data,"loc":{"start":{"line":28,"column":124},"end":{"line":28,"column":134}}}) : helper)))
    + "</bdi></span>";
},"3":function(container,depth0,helpers,partials,data) {
    return "<br><span class=\"reason\">"
    + container.escapeExpression(container.lambda(depth0, depth0))
    + "</span>";
},"4":function(container,depth0,helpers,partials,data) {
    return "<td colspan=\"9\" class=\"na\">not scanned</td>";
},"5":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n      <td class=\"n sev-critical\">"
    + alias4((((helper = lookupProperty(helpers,"critical") || alias1(depth0, "critical", {"start":{"line":30,"column":35},"end":{"line":30,"column":43}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"critical","hash":{},"data":data,"loc":{"start":{"line":30,"column":33},"end":{"line":30,"column":45}}}) : helper)))
    + "</td><td class=\"n sev-high\">"
    + alias4((((helper = lookupProperty(helpers,"high") || alias1(depth0, "high", {"start":{"line":30,"column":75},"end":{"line":30,"column":79}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"high","hash":{},"data":data,"loc":{"start":{"line":30,"column":73},"end":{"line":30,"column":81}}}) : helper)))
    + "</td><td class=\"n\">"
    + alias4((((helper = lookupProperty(helpers,"medium") || alias1(depth0, "medium", {"start":{"line":30,"column":102},"end":{"line":30,"column":108}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"medium","hash":{},"data":data,"loc":{"start":{"line":30,"column":100},"end":{"line":30,"column":110}}}) : helper)))
    + "</td><td class=\"n\">"
    + alias4((((helper = lookupProperty(helpers,"low") || alias1(depth0, "low", {"start":{"line":30,"column":131},"end":{"line":30,"column":134}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"low","hash":{},"data":data,"loc":{"start":{"line":30,"column":129},"end":{"line":30,"column":136}}}) : helper)))
    + "</td><td class=\"n\">"
    + alias4((((helper = lookupProperty(helpers,"info") || alias1(depth0, "info", {"start":{"line":30,"column":157},"end":{"line":30,"column":161}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"info","hash":{},"data":data,"loc":{"start":{"line":30,"column":155},"end":{"line":30,"column":163}}}) : helper)))
    + "</td><td class=\"n\">"
    + alias4((((helper = lookupProperty(helpers,"suppressed") || alias1(depth0, "suppressed", {"start":{"line":30,"column":184},"end":{"line":30,"column":194}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"suppressed","hash":{},"data":data,"loc":{"start":{"line":30,"column":182},"end":{"line":30,"column":196}}}) : helper)))
    + "</td>\n      <td class=\"n\">"
    + alias4((((helper = lookupProperty(helpers,"failing") || alias1(depth0, "failing", {"start":{"line":31,"column":22},"end":{"line":31,"column":29}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"failing","hash":{},"data":data,"loc":{"start":{"line":31,"column":20},"end":{"line":31,"column":31}}}) : helper)))
    + "</td><td class=\"n\">"
    + alias4((((helper = lookupProperty(helpers,"notAssessed") || alias1(depth0, "notAssessed", {"start":{"line":31,"column":52},"end":{"line":31,"column":63}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"notAssessed","hash":{},"data":data,"loc":{"start":{"line":31,"column":50},"end":{"line":31,"column":65}}}) : helper)))
    + "</td><td class=\"n\">"
    + alias4((((helper = lookupProperty(helpers,"passed") || alias1(depth0, "passed", {"start":{"line":31,"column":86},"end":{"line":31,"column":92}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"passed","hash":{},"data":data,"loc":{"start":{"line":31,"column":84},"end":{"line":31,"column":94}}}) : helper)))
    + "</td>";
},"6":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<a href=\""
    + container.escapeExpression((((helper = lookupProperty(helpers,"reportHref") || container.strict(depth0, "reportHref", {"start":{"line":33,"column":52},"end":{"line":33,"column":62}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"reportHref","hash":{},"data":data,"loc":{"start":{"line":33,"column":50},"end":{"line":33,"column":64}}}) : helper)))
    + "\">report</a>";
},"7":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " <span class=\"mono\">"
    + container.escapeExpression((((helper = lookupProperty(helpers,"folder") || container.strict(depth0, "folder", {"start":{"line":33,"column":119},"end":{"line":33,"column":125}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"folder","hash":{},"data":data,"loc":{"start":{"line":33,"column":117},"end":{"line":33,"column":127}}}) : helper)))
    + "/</span>";
},"8":function(container,depth0,helpers,partials,data) {
    var helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<th scope=\"col\"><bdi>"
    + container.escapeExpression((((helper = lookupProperty(helpers,"label") || container.strict(depth0, "label", {"start":{"line":43,"column":103},"end":{"line":43,"column":108}} ))),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"label","hash":{},"data":data,"loc":{"start":{"line":43,"column":101},"end":{"line":43,"column":110}}}) : helper)))
    + "</bdi></th>";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "    <tr>\n      <td class=\"sev sev-"
    + alias4((((helper = lookupProperty(helpers,"severity") || alias1(depth0, "severity", {"start":{"line":48,"column":27},"end":{"line":48,"column":35}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"severity","hash":{},"data":data,"loc":{"start":{"line":48,"column":25},"end":{"line":48,"column":37}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"severity") || alias1(depth0, "severity", {"start":{"line":48,"column":41},"end":{"line":48,"column":49}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"severity","hash":{},"data":data,"loc":{"start":{"line":48,"column":39},"end":{"line":48,"column":51}}}) : helper)))
    + "</td>\n      <td class=\"wrap\"><code>"
    + alias4((((helper = lookupProperty(helpers,"id") || alias1(depth0, "id", {"start":{"line":49,"column":31},"end":{"line":49,"column":33}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":49,"column":29},"end":{"line":49,"column":35}}}) : helper)))
    + "</code><br><span class=\"title\">"
    + alias4((((helper = lookupProperty(helpers,"title") || alias1(depth0, "title", {"start":{"line":49,"column":68},"end":{"line":49,"column":73}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":49,"column":66},"end":{"line":49,"column":75}}}) : helper)))
    + "</span></td>\n      "
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"cells"),{"name":"each","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":50,"column":6},"end":{"line":50,"column":74}}})) != null ? stack1 : "")
    + "\n    </tr>\n";
},"10":function(container,depth0,helpers,partials,data) {
    var helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<td class=\"cell st-"
    + alias4((((helper = lookupProperty(helpers,"status") || alias1(depth0, "status", {"start":{"line":50,"column":42},"end":{"line":50,"column":48}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"status","hash":{},"data":data,"loc":{"start":{"line":50,"column":40},"end":{"line":50,"column":50}}}) : helper)))
    + "\">"
    + alias4((((helper = lookupProperty(helpers,"text") || alias1(depth0, "text", {"start":{"line":50,"column":54},"end":{"line":50,"column":58}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"text","hash":{},"data":data,"loc":{"start":{"line":50,"column":52},"end":{"line":50,"column":60}}}) : helper)))
    + "</td>";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.strict, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3="function", alias4=container.escapeExpression, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\""
    + alias4((((helper = lookupProperty(helpers,"csp") || alias1(depth0, "csp", {"start":{"line":6,"column":54},"end":{"line":6,"column":57}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"csp","hash":{},"data":data,"loc":{"start":{"line":6,"column":52},"end":{"line":6,"column":59}}}) : helper)))
    + "\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"gatehouse "
    + alias4((((helper = lookupProperty(helpers,"toolVersion") || alias1(depth0, "toolVersion", {"start":{"line":9,"column":44},"end":{"line":9,"column":55}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"toolVersion","hash":{},"data":data,"loc":{"start":{"line":9,"column":42},"end":{"line":9,"column":57}}}) : helper)))
    + "\">\n<title>gatehouse portfolio — "
    + alias4((((helper = lookupProperty(helpers,"tenantCount") || alias1(depth0, "tenantCount", {"start":{"line":10,"column":31},"end":{"line":10,"column":42}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"tenantCount","hash":{},"data":data,"loc":{"start":{"line":10,"column":29},"end":{"line":10,"column":44}}}) : helper)))
    + " tenants</title>\n<link rel=\"icon\" href=\"data:,\">\n<style>"
    + alias4((((helper = lookupProperty(helpers,"ownCss") || alias1(depth0, "ownCss", {"start":{"line":12,"column":9},"end":{"line":12,"column":15}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"ownCss","hash":{},"data":data,"loc":{"start":{"line":12,"column":7},"end":{"line":12,"column":17}}}) : helper)))
    + "</style>\n</head>\n<body>\n<h1>External identity posture — "
    + alias4((((helper = lookupProperty(helpers,"tenantCount") || alias1(depth0, "tenantCount", {"start":{"line":15,"column":34},"end":{"line":15,"column":45}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"tenantCount","hash":{},"data":data,"loc":{"start":{"line":15,"column":32},"end":{"line":15,"column":47}}}) : helper)))
    + " tenants</h1>\n<p class=\"meta\">Generated "
    + alias4((((helper = lookupProperty(helpers,"generatedText") || alias1(depth0, "generatedText", {"start":{"line":16,"column":28},"end":{"line":16,"column":41}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"generatedText","hash":{},"data":data,"loc":{"start":{"line":16,"column":26},"end":{"line":16,"column":43}}}) : helper)))
    + " by gatehouse "
    + alias4((((helper = lookupProperty(helpers,"toolVersion") || alias1(depth0, "toolVersion", {"start":{"line":16,"column":59},"end":{"line":16,"column":70}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"toolVersion","hash":{},"data":data,"loc":{"start":{"line":16,"column":57},"end":{"line":16,"column":72}}}) : helper)))
    + " · exit code "
    + alias4((((helper = lookupProperty(helpers,"exitCode") || alias1(depth0, "exitCode", {"start":{"line":16,"column":87},"end":{"line":16,"column":95}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"exitCode","hash":{},"data":data,"loc":{"start":{"line":16,"column":85},"end":{"line":16,"column":97}}}) : helper)))
    + " · fail-on "
    + alias4((((helper = lookupProperty(helpers,"failOn") || alias1(depth0, "failOn", {"start":{"line":16,"column":110},"end":{"line":16,"column":116}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"failOn","hash":{},"data":data,"loc":{"start":{"line":16,"column":108},"end":{"line":16,"column":118}}}) : helper)))
    + "</p>\n<p class=\"verdict\">"
    + alias4((((helper = lookupProperty(helpers,"verdict") || alias1(depth0, "verdict", {"start":{"line":17,"column":21},"end":{"line":17,"column":28}} ))),(typeof helper === alias3 ? helper.call(alias2,{"name":"verdict","hash":{},"data":data,"loc":{"start":{"line":17,"column":19},"end":{"line":17,"column":30}}}) : helper)))
    + "</p>\n\n<h2>Tenants</h2>\n<table>\n  <thead>\n    <tr><th scope=\"col\">Tenant</th><th scope=\"col\">Status</th><th scope=\"col\" class=\"n\">Critical</th><th scope=\"col\" class=\"n\">High</th><th scope=\"col\" class=\"n\">Medium</th><th scope=\"col\" class=\"n\">Low</th><th scope=\"col\" class=\"n\">Info</th><th scope=\"col\" class=\"n\">Accepted</th><th scope=\"col\" class=\"n\">Checks<br>failing</th><th scope=\"col\" class=\"n\">Not<br>assessed</th><th scope=\"col\" class=\"n\">Passed</th><th scope=\"col\" class=\"n\">Exit</th><th scope=\"col\">Reports</th></tr>\n  </thead>\n  <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"tenants"),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":4},"end":{"line":35,"column":13}}})) != null ? stack1 : "")
    + "  </tbody>\n</table>\n\n<h2>Checks by tenant</h2>\n<p class=\"meta\">One row per check, one column per tenant: <span class=\"status st-fail\">fail</span> <span class=\"status st-suppressed\">accepted</span> <span class=\"status st-not-assessed\">not assessed</span> <span class=\"status st-pass\">pass</span> <span class=\"status st-not-applicable\">n/a</span>.</p>\n<table class=\"matrix\">\n  <thead>\n    <tr><th scope=\"col\">Severity</th><th scope=\"col\">Check</th>"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"tenants"),{"name":"each","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":43,"column":63},"end":{"line":43,"column":130}}})) != null ? stack1 : "")
    + "</tr>\n  </thead>\n  <tbody>\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,lookupProperty(depth0,"matrix"),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":46,"column":4},"end":{"line":52,"column":13}}})) != null ? stack1 : "")
    + "  </tbody>\n</table>\n<p class=\"meta\">Each tenant's folder holds its full HTML report, workbook, SARIF and result.json; portfolio.xlsx has this comparison for filtering.</p>\n</body>\n</html>\n";
},"useData":true};
