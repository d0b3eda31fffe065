// Generated from src/multi/tenants.schema.json by scripts/gen-validators.mjs (ajv standalone code). Do not edit: change the schema and run `npm run gen:validators`.
// @ts-nocheck
/* eslint-disable */
import type { Validator } from '../util/ajv.js';
import runtime_ucs2length from 'ajv/dist/runtime/ucs2length.js';
"use strict";
export const tenants = validate10 as unknown as Validator;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gatehouse.dev/schemas/tenants-1.json","title":"TenantsFile","description":"tenants.yaml for `gatehouse scan --tenants`: the tenants to scan, each with a label, how to authenticate (names of environment variables for secrets, never the secrets) or a snapshot to evaluate.","type":"object","additionalProperties":false,"required":["tenants"],"properties":{"$schema":{"type":"string"},"defaults":{"$ref":"#/definitions/settings"},"tenants":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/tenant"}}},"definitions":{"envName":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"Name of an environment variable (its value is read at run time)."},"auth":{"type":"object","additionalProperties":false,"required":["mode"],"properties":{"mode":{"type":"string","enum":["default","cli","client-secret","client-certificate","managed-identity","workload-identity","access-token"]},"clientId":{"type":"string","minLength":1},"certificate":{"type":"string","minLength":1,"description":"PEM or PFX file for client-certificate (relative to the tenants file)."},"certificatePasswordEnv":{"$ref":"#/definitions/envName"},"clientSecretEnv":{"$ref":"#/definitions/envName"},"accessTokenEnv":{"$ref":"#/definitions/envName"},"federatedTokenFileEnv":{"$ref":"#/definitions/envName"}}},"settings":{"type":"object","additionalProperties":false,"properties":{"auth":{"$ref":"#/definitions/auth"},"cloud":{"type":"string","enum":["global","usgov","usgov-dod","china"]},"graphUrl":{"type":"string","pattern":"^https?://"},"includeApiConnectors":{"type":"boolean"},"profile":{"type":"string","minLength":1},"config":{"type":"string","minLength":1},"exceptions":{"type":"string","minLength":1}}},"tenant":{"type":"object","additionalProperties":false,"required":["label"],"properties":{"label":{"type":"string","minLength":1,"pattern":"\\S","description":"Name shown in the portfolio; its slug names the tenant's output folder."},"tenant":{"type":"string","minLength":1,"description":"Tenant id or domain to collect live."},"snapshot":{"type":"string","minLength":1,"description":"A snapshot file to evaluate instead of collecting (relative to the tenants file)."},"baseline":{"type":"string","minLength":1,"description":"Previous result.json of this tenant."},"auth":{"$ref":"#/definitions/auth"},"cloud":{"type":"string","enum":["global","usgov","usgov-dod","china"]},"graphUrl":{"type":"string","pattern":"^https?://"},"includeApiConnectors":{"type":"boolean"},"profile":{"type":"string","minLength":1},"config":{"type":"string","minLength":1},"exceptions":{"type":"string","minLength":1}}}}};
const schema12 = {"type":"object","additionalProperties":false,"properties":{"auth":{"$ref":"#/definitions/auth"},"cloud":{"type":"string","enum":["global","usgov","usgov-dod","china"]},"graphUrl":{"type":"string","pattern":"^https?://"},"includeApiConnectors":{"type":"boolean"},"profile":{"type":"string","minLength":1},"config":{"type":"string","minLength":1},"exceptions":{"type":"string","minLength":1}}};
const schema13 = {"type":"object","additionalProperties":false,"required":["mode"],"properties":{"mode":{"type":"string","enum":["default","cli","client-secret","client-certificate","managed-identity","workload-identity","access-token"]},"clientId":{"type":"string","minLength":1},"certificate":{"type":"string","minLength":1,"description":"PEM or PFX file for client-certificate (relative to the tenants file)."},"certificatePasswordEnv":{"$ref":"#/definitions/envName"},"clientSecretEnv":{"$ref":"#/definitions/envName"},"accessTokenEnv":{"$ref":"#/definitions/envName"},"federatedTokenFileEnv":{"$ref":"#/definitions/envName"}}};
const schema14 = {"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$","description":"Name of an environment variable (its value is read at run time)."};
const func2 = (runtime_ucs2length.default ?? runtime_ucs2length);
const pattern0 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.mode === undefined) && (missing0 = "mode")){
validate12.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "mode") || (key0 === "clientId")) || (key0 === "certificate")) || (key0 === "certificatePasswordEnv")) || (key0 === "clientSecretEnv")) || (key0 === "accessTokenEnv")) || (key0 === "federatedTokenFileEnv"))){
validate12.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.mode !== undefined){
let data0 = data.mode;
const _errs2 = errors;
if(typeof data0 !== "string"){
validate12.errors = [{instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((data0 === "default") || (data0 === "cli")) || (data0 === "client-secret")) || (data0 === "client-certificate")) || (data0 === "managed-identity")) || (data0 === "workload-identity")) || (data0 === "access-token"))){
validate12.errors = [{instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema13.properties.mode.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.clientId !== undefined){
let data1 = data.clientId;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate12.errors = [{instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate12.errors = [{instancePath:instancePath+"/clientId",schemaPath:"#/properties/clientId/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.certificate !== undefined){
let data2 = data.certificate;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func2(data2) < 1){
validate12.errors = [{instancePath:instancePath+"/certificate",schemaPath:"#/properties/certificate/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate12.errors = [{instancePath:instancePath+"/certificate",schemaPath:"#/properties/certificate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.certificatePasswordEnv !== undefined){
let data3 = data.certificatePasswordEnv;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
validate12.errors = [{instancePath:instancePath+"/certificatePasswordEnv",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate12.errors = [{instancePath:instancePath+"/certificatePasswordEnv",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.clientSecretEnv !== undefined){
let data4 = data.clientSecretEnv;
const _errs11 = errors;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
validate12.errors = [{instancePath:instancePath+"/clientSecretEnv",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate12.errors = [{instancePath:instancePath+"/clientSecretEnv",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.accessTokenEnv !== undefined){
let data5 = data.accessTokenEnv;
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
validate12.errors = [{instancePath:instancePath+"/accessTokenEnv",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate12.errors = [{instancePath:instancePath+"/accessTokenEnv",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.federatedTokenFileEnv !== undefined){
let data6 = data.federatedTokenFileEnv;
const _errs17 = errors;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data6 === "string"){
if(!pattern0.test(data6)){
validate12.errors = [{instancePath:instancePath+"/federatedTokenFileEnv",schemaPath:"#/definitions/envName/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""}];
return false;
}
}
else {
validate12.errors = [{instancePath:instancePath+"/federatedTokenFileEnv",schemaPath:"#/definitions/envName/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate12.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate12.errors = vErrors;
return errors === 0;
}

const pattern4 = new RegExp("^https?://", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
const _errs1 = errors;
for(const key0 in data){
if(!(((((((key0 === "auth") || (key0 === "cloud")) || (key0 === "graphUrl")) || (key0 === "includeApiConnectors")) || (key0 === "profile")) || (key0 === "config")) || (key0 === "exceptions"))){
validate11.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.auth !== undefined){
const _errs2 = errors;
if(!(validate12(data.auth, {instancePath:instancePath+"/auth",parentData:data,parentDataProperty:"auth",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cloud !== undefined){
let data1 = data.cloud;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate11.errors = [{instancePath:instancePath+"/cloud",schemaPath:"#/properties/cloud/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data1 === "global") || (data1 === "usgov")) || (data1 === "usgov-dod")) || (data1 === "china"))){
validate11.errors = [{instancePath:instancePath+"/cloud",schemaPath:"#/properties/cloud/enum",keyword:"enum",params:{allowedValues: schema12.properties.cloud.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.graphUrl !== undefined){
let data2 = data.graphUrl;
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
validate11.errors = [{instancePath:instancePath+"/graphUrl",schemaPath:"#/properties/graphUrl/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""}];
return false;
}
}
else {
validate11.errors = [{instancePath:instancePath+"/graphUrl",schemaPath:"#/properties/graphUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.includeApiConnectors !== undefined){
const _errs7 = errors;
if(typeof data.includeApiConnectors !== "boolean"){
validate11.errors = [{instancePath:instancePath+"/includeApiConnectors",schemaPath:"#/properties/includeApiConnectors/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.profile !== undefined){
let data4 = data.profile;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data4 === "string"){
if(func2(data4) < 1){
validate11.errors = [{instancePath:instancePath+"/profile",schemaPath:"#/properties/profile/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate11.errors = [{instancePath:instancePath+"/profile",schemaPath:"#/properties/profile/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.config !== undefined){
let data5 = data.config;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data5 === "string"){
if(func2(data5) < 1){
validate11.errors = [{instancePath:instancePath+"/config",schemaPath:"#/properties/config/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate11.errors = [{instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exceptions !== undefined){
let data6 = data.exceptions;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data6 === "string"){
if(func2(data6) < 1){
validate11.errors = [{instancePath:instancePath+"/exceptions",schemaPath:"#/properties/exceptions/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate11.errors = [{instancePath:instancePath+"/exceptions",schemaPath:"#/properties/exceptions/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}

const schema18 = {"type":"object","additionalProperties":false,"required":["label"],"properties":{"label":{"type":"string","minLength":1,"pattern":"\\S","description":"Name shown in the portfolio; its slug names the tenant's output folder."},"tenant":{"type":"string","minLength":1,"description":"Tenant id or domain to collect live."},"snapshot":{"type":"string","minLength":1,"description":"A snapshot file to evaluate instead of collecting (relative to the tenants file)."},"baseline":{"type":"string","minLength":1,"description":"Previous result.json of this tenant."},"auth":{"$ref":"#/definitions/auth"},"cloud":{"type":"string","enum":["global","usgov","usgov-dod","china"]},"graphUrl":{"type":"string","pattern":"^https?://"},"includeApiConnectors":{"type":"boolean"},"profile":{"type":"string","minLength":1},"config":{"type":"string","minLength":1},"exceptions":{"type":"string","minLength":1}}};
const func7 = Object.prototype.hasOwnProperty;
const pattern5 = new RegExp("\\S", "u");

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.label === undefined) && (missing0 = "label")){
validate15.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func7.call(schema18.properties, key0))){
validate15.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.label !== undefined){
let data0 = data.label;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(func2(data0) < 1){
validate15.errors = [{instancePath:instancePath+"/label",schemaPath:"#/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern5.test(data0)){
validate15.errors = [{instancePath:instancePath+"/label",schemaPath:"#/properties/label/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tenant !== undefined){
let data1 = data.tenant;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if(func2(data1) < 1){
validate15.errors = [{instancePath:instancePath+"/tenant",schemaPath:"#/properties/tenant/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate15.errors = [{instancePath:instancePath+"/tenant",schemaPath:"#/properties/tenant/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.snapshot !== undefined){
let data2 = data.snapshot;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if(func2(data2) < 1){
validate15.errors = [{instancePath:instancePath+"/snapshot",schemaPath:"#/properties/snapshot/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate15.errors = [{instancePath:instancePath+"/snapshot",schemaPath:"#/properties/snapshot/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.baseline !== undefined){
let data3 = data.baseline;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if(func2(data3) < 1){
validate15.errors = [{instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate15.errors = [{instancePath:instancePath+"/baseline",schemaPath:"#/properties/baseline/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.auth !== undefined){
const _errs10 = errors;
if(!(validate12(data.auth, {instancePath:instancePath+"/auth",parentData:data,parentDataProperty:"auth",rootData}))){
vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
errors = vErrors.length;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.cloud !== undefined){
let data5 = data.cloud;
const _errs11 = errors;
if(typeof data5 !== "string"){
validate15.errors = [{instancePath:instancePath+"/cloud",schemaPath:"#/properties/cloud/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((data5 === "global") || (data5 === "usgov")) || (data5 === "usgov-dod")) || (data5 === "china"))){
validate15.errors = [{instancePath:instancePath+"/cloud",schemaPath:"#/properties/cloud/enum",keyword:"enum",params:{allowedValues: schema18.properties.cloud.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.graphUrl !== undefined){
let data6 = data.graphUrl;
const _errs13 = errors;
if(errors === _errs13){
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
validate15.errors = [{instancePath:instancePath+"/graphUrl",schemaPath:"#/properties/graphUrl/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""}];
return false;
}
}
else {
validate15.errors = [{instancePath:instancePath+"/graphUrl",schemaPath:"#/properties/graphUrl/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.includeApiConnectors !== undefined){
const _errs15 = errors;
if(typeof data.includeApiConnectors !== "boolean"){
validate15.errors = [{instancePath:instancePath+"/includeApiConnectors",schemaPath:"#/properties/includeApiConnectors/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.profile !== undefined){
let data8 = data.profile;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data8 === "string"){
if(func2(data8) < 1){
validate15.errors = [{instancePath:instancePath+"/profile",schemaPath:"#/properties/profile/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate15.errors = [{instancePath:instancePath+"/profile",schemaPath:"#/properties/profile/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.config !== undefined){
let data9 = data.config;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data9 === "string"){
if(func2(data9) < 1){
validate15.errors = [{instancePath:instancePath+"/config",schemaPath:"#/properties/config/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate15.errors = [{instancePath:instancePath+"/config",schemaPath:"#/properties/config/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exceptions !== undefined){
let data10 = data.exceptions;
const _errs21 = errors;
if(errors === _errs21){
if(typeof data10 === "string"){
if(func2(data10) < 1){
validate15.errors = [{instancePath:instancePath+"/exceptions",schemaPath:"#/properties/exceptions/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate15.errors = [{instancePath:instancePath+"/exceptions",schemaPath:"#/properties/exceptions/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate15.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate15.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gatehouse.dev/schemas/tenants-1.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.tenants === undefined) && (missing0 = "tenants")){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "$schema") || (key0 === "defaults")) || (key0 === "tenants"))){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.$schema !== undefined){
const _errs2 = errors;
if(typeof data.$schema !== "string"){
validate10.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.defaults !== undefined){
const _errs4 = errors;
if(!(validate11(data.defaults, {instancePath:instancePath+"/defaults",parentData:data,parentDataProperty:"defaults",rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tenants !== undefined){
let data2 = data.tenants;
const _errs5 = errors;
if(errors === _errs5){
if(Array.isArray(data2)){
if(data2.length < 1){
validate10.errors = [{instancePath:instancePath+"/tenants",schemaPath:"#/properties/tenants/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
const _errs7 = errors;
if(!(validate15(data2[i0], {instancePath:instancePath+"/tenants/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
errors = vErrors.length;
}
var valid1 = _errs7 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/tenants",schemaPath:"#/properties/tenants/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

